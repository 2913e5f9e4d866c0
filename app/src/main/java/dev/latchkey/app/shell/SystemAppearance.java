package dev.latchkey.app.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether the desktop prefers a dark look, where that can be read: GNOME's colour scheme or
 * GTK theme on Linux, AppleInterfaceStyle on macOS, AppsUseLightTheme on Windows. Runs a
 * small command; call off the UI thread. Unknown means light.
 */
final class SystemAppearance {
    private SystemAppearance() {
    }

    static boolean prefersDark() {
        String gtkTheme = System.getenv("GTK_THEME");
        if (gtkTheme != null && gtkTheme.toLowerCase(Locale.ROOT).contains("dark")) {
            return true;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return output(List.of("defaults", "read", "-g", "AppleInterfaceStyle")).contains("dark");
        }
        if (os.startsWith("windows")) {
            return output(List.of("reg", "query", "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize",
                    "/v", "AppsUseLightTheme")).matches("(?s).*appsuselighttheme\\s+reg_dword\\s+0x0\\b.*");
        }
        return output(List.of("gsettings", "get", "org.gnome.desktop.interface", "color-scheme")).contains("dark")
                || output(List.of("gsettings", "get", "org.gnome.desktop.interface", "gtk-theme")).contains("dark");
    }

    private static String output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "";
            }
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
