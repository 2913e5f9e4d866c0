package dev.latchkey.app.instance;

import dev.latchkey.model.settings.LatchkeyHome;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the running Latchkey (the window or {@code latchkey daemon}) listens:
 * {@code latchkey.socket} in the data folder. The folder is owner-only, so only the same user
 * (and root) can reach the socket.
 */
public record SocketPath(Path file) {
    static final String FILE_NAME = "latchkey.socket";
    private static final String LOCK_NAME = "latchkey.socket.lock";

    public SocketPath {
        file = file.toAbsolutePath().normalize();
    }

    public static SocketPath in(LatchkeyHome home) {
        return new SocketPath(home.root().resolve(FILE_NAME));
    }

    /**
     * The longest socket path the JDK binds, in bytes: {@code sun_path} (104 bytes on macOS and
     * the BSDs, 108 elsewhere) less the two the JDK keeps back.
     */
    static int limitBytes(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        boolean bsd = os.startsWith("mac") || os.contains("bsd");
        return (bsd ? 104 : 108) - 2;
    }

    /** Why no socket can be made at this path (it is too long), or empty when it can. */
    public Optional<String> unusable() {
        // The JDK passes the path to the OS in the platform's file name encoding.
        int bytes = file.toString().getBytes(Charset.forName(System.getProperty("sun.jnu.encoding",
                Charset.defaultCharset().name()))).length;
        int limit = limitBytes(System.getProperty("os.name", ""));
        if (bytes <= limit) {
            return Optional.empty();
        }
        return Optional.of("the channel to the window, " + file + ", is " + bytes + " bytes long, over the " + limit
                + " a socket path may have here; set LATCHKEY_HOME to a shorter folder");
    }

    public UnixDomainSocketAddress address() {
        return UnixDomainSocketAddress.of(file);
    }

    /** Serialises the "is one running, else bind" step of processes starting at the same time. */
    Path lockFile() {
        return file.resolveSibling(LOCK_NAME);
    }
}
