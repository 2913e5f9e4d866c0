package dev.latchkey.app.cli;

import picocli.CommandLine.Command;

/** The top-level {@code latchkey} command. */
@Command(name = "latchkey", mixinStandardHelpOptions = true, versionProvider = LatchkeyCommand.VersionProvider.class,
        description = "Latchkey: keychains of passwords, notes, certificates and keys.")
public final class LatchkeyCommand {
    /** Prints the build version. */
    public static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"latchkey " + Version.current()};
        }
    }
}
