package dev.latchkey.app;

import dev.latchkey.app.cli.Cli;
import dev.latchkey.app.gui.GuiLauncher;

/**
 * The one entry point of the jar: no arguments opens the window, anything else is the
 * {@code latchkey} command line. Not a JavaFX {@code Application}, so the CLI (and
 * {@code --version}/{@code --help}) never needs a display.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = args.length == 0 ? GuiLauncher.launch(args) : Cli.run(args);
        System.exit(code);
    }
}
