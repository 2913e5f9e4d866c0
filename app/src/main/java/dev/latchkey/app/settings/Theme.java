package dev.latchkey.app.settings;

/** The window's look: follow the desktop, or always light or dark. */
public enum Theme {
    SYSTEM, LIGHT, DARK
}
