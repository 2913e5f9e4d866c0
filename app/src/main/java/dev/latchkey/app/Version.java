package dev.latchkey.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, filtered into {@code version.properties} by Maven. */
public final class Version {
    private Version() {
    }

    /** What {@code latchkey --version} prints, a line each. */
    public static String[] lines() {
        return new String[] {"latchkey " + current(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    public static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/latchkey/app/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
