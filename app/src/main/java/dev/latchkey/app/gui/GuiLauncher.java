package dev.latchkey.app.gui;

/** Starts the Latchkey window. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Runs the GUI until its last window closes; returns the process exit code. */
    public static int launch(String[] args) {
        System.err.println("The Latchkey window is not built yet; run `latchkey --help` for the command line.");
        return 1;
    }
}
