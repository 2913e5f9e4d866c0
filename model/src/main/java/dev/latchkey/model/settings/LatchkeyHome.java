package dev.latchkey.model.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Latchkey keeps its data: {@code $LATCHKEY_HOME}, else the platform's data folder
 * ({@code $XDG_DATA_HOME/latchkey} or {@code ~/.local/share/latchkey} on Linux,
 * {@code %APPDATA%\Latchkey} on Windows, {@code ~/Library/Application Support/Latchkey} on macOS).
 */
public record LatchkeyHome(Path root) {
    public static final String ENV = "LATCHKEY_HOME";

    public LatchkeyHome {
        root = root.toAbsolutePath().normalize();
    }

    public static LatchkeyHome fromEnvironment() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static LatchkeyHome resolve(Map<String, String> env, String osName, String userHome) {
        String explicit = env.get(ENV);
        if (explicit != null && !explicit.isBlank()) {
            return new LatchkeyHome(Path.of(explicit));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            return new LatchkeyHome(appData != null ? Path.of(appData, "Latchkey")
                    : Path.of(userHome, "AppData", "Roaming", "Latchkey"));
        }
        if (os.startsWith("mac")) {
            return new LatchkeyHome(Path.of(userHome, "Library", "Application Support", "Latchkey"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        return new LatchkeyHome(xdg != null && !xdg.isBlank() ? Path.of(xdg, "latchkey")
                : Path.of(userHome, ".local", "share", "latchkey"));
    }

    public Path keychains() {
        return root.resolve("keychains");
    }

    public Path settingsFile() {
        return root.resolve("settings.json");
    }
}
