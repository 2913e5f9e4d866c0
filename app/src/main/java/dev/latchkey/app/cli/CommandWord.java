package dev.latchkey.app.cli;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The command a command line names: its first word that is not a global option (they may come
 * before it: {@code latchkey -k work find-generic-password …}), and the command class it means.
 */
public final class CommandWord {
    private static final Set<String> GLOBAL_WITH_VALUE = Set.of("-k", "--keychain", "--password-file");

    private CommandWord() {
    }

    /** The first word after the global options; empty when there are only global options. */
    public static Optional<String> of(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (GLOBAL_WITH_VALUE.contains(a)) {
                i++;
            } else if (!(a.equals("--json") || a.startsWith("--keychain=") || a.startsWith("--password-file="))) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** The command class named (or aliased) {@code word}, if there is one. */
    static Optional<Class<?>> command(String word) {
        return LatchkeyCommand.COMMANDS.stream().filter(c -> {
            Command a = c.getAnnotation(Command.class);
            return a.name().equals(word) || Arrays.asList(a.aliases()).contains(word);
        }).findFirst();
    }
}
