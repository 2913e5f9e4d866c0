package dev.latchkey.app.cli;

import picocli.CommandLine;

/** The {@code latchkey} command line. */
public final class Cli {
    private Cli() {
    }

    public static int run(String[] args) {
        return new CommandLine(new LatchkeyCommand()).execute(args);
    }
}
