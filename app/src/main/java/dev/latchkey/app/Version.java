package dev.latchkey.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The build's version, filtered into {@code version.properties} by Maven. */
public final class Version {
    private Version() {
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
