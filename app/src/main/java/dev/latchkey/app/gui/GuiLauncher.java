package dev.latchkey.app.gui;

import javafx.application.Application;

/** Starts the Latchkey window from a plain class, so the CLI never needs JavaFX to start. */
public final class GuiLauncher {
    private GuiLauncher() {
    }

    /** Runs the GUI until it quits; returns the process exit code. */
    public static int launch(String[] args) {
        StartupState.startReading();
        Application.launch(LatchkeyApp.class, args);
        return 0;
    }
}
