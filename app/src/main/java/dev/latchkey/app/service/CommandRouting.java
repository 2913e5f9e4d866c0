package dev.latchkey.app.service;

import dev.latchkey.app.cli.CommandWord;
import java.util.Set;

/**
 * Which command lines a {@code latchkey} process runs itself rather than sending them to the
 * running service: the service's own start, the request to its window, and help and version,
 * which need nothing from it.
 */
public final class CommandRouting {
    private static final Set<String> HERE = Set.of("daemon", "quick-fill", "help", "-h", "--help", "-V", "--version");

    private CommandRouting() {
    }

    /** Whether this process runs the command itself (only global options: picocli says what is missing). */
    public static boolean runsHere(String[] args) {
        return CommandWord.of(args).map(HERE::contains).orElse(true);
    }
}
