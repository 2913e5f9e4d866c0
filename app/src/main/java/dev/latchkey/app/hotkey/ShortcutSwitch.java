package dev.latchkey.app.hotkey;

import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * Quick Fill's system-wide shortcut as the user turns it on and off (View menu): off gives the
 * combination back to the desktop, for a program that wants it (Ctrl+Shift+Space is code
 * completion in some IDEs); on takes it again. Used on the UI thread.
 */
public final class ShortcutSwitch implements AutoCloseable {
    private final Supplier<GlobalShortcut> take;
    private final ReadOnlyObjectWrapper<GlobalShortcut> current;
    private Runnable receiver = () -> { };

    /**
     * @param initial the shortcut as the app started: taken, or {@link #off} when the user had
     *     turned it off
     * @param take takes the combination (one round trip to the X server)
     */
    public ShortcutSwitch(GlobalShortcut initial, Supplier<GlobalShortcut> take) {
        this.take = take;
        this.current = new ReadOnlyObjectWrapper<>(initial);
    }

    /** The shortcut turned off by the user: it says so, and nothing is taken. */
    public static GlobalShortcut off(KeyChord chord) {
        return new Unsupported(chord.text(), GlobalShortcut.Unavailable.TURNED_OFF);
    }

    /** The shortcut now; changes when it is turned on or off. */
    public ReadOnlyObjectProperty<GlobalShortcut> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Who hears the presses, now and after the shortcut is turned on again. */
    public void onPressed(Runnable receiver) {
        this.receiver = receiver;
        current.get().onPressed(receiver);
    }

    public void turn(boolean on) {
        boolean isOff = current.get().unavailable().filter(GlobalShortcut.Unavailable.TURNED_OFF::equals).isPresent();
        if (on == !isOff) {
            return;
        }
        current.get().close();
        GlobalShortcut next = on ? take.get() : off(KeyChord.QUICK_FILL);
        next.onPressed(receiver);
        current.set(next);
    }

    @Override
    public void close() {
        current.get().close();
    }
}
