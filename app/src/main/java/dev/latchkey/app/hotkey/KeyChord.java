package dev.latchkey.app.hotkey;

/**
 * A key with modifiers, in X11's terms.
 *
 * @param keysym the key's X keysym name, e.g. "space"
 * @param modifiers the X modifier mask (ShiftMask, ControlMask, ...)
 * @param text the combination as the user reads it
 */
public record KeyChord(String keysym, int modifiers, String text) {
    static final int SHIFT = 1;
    static final int CONTROL = 1 << 2;
    static final int ALT = 1 << 3;
    static final int SUPER = 1 << 6;

    /** Quick Fill's combination, the same inside and outside Latchkey's windows. */
    public static final KeyChord QUICK_FILL = new KeyChord("space", CONTROL | SHIFT, "Ctrl+Shift+Space");

    /** The modifiers a press must carry exactly; lock keys (Caps Lock, Num Lock) do not count. */
    boolean matches(int state) {
        return (state & (SHIFT | CONTROL | ALT | SUPER)) == modifiers;
    }
}
