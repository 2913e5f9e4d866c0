package dev.latchkey.app.service;

import java.util.Set;

/**
 * Which command lines a {@code latchkey} process runs itself rather than sending them to the
 * running service: the service's own start, the request to its window, and help and version,
 * which need nothing from it.
 */
public final class CommandRouting {
    private static final Set<String> HERE = Set.of("daemon", "quick-fill", "help", "-h", "--help", "-V", "--version");
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("-k", "--keychain", "--password-file");

    private CommandRouting() {
    }

    /** Whether this process runs the command itself. */
    public static boolean runsHere(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_WITH_VALUE.contains(a)) {
                i++;
            } else if (!(a.equals("--json") || a.startsWith("--keychain=") || a.startsWith("--password-file="))) {
                return HERE.contains(a);
            }
        }
        return true; // only global options: picocli tells the user what is missing
    }
}
