package dev.latchkey.app.autotype;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * Auto-type on X11 with xdotool: gives the keyboard to the last active window that is not
 * Latchkey's, then sends the sequence step by step (text on xdotool's standard input).
 */
public final class X11Typist implements Typist {
    private final Xdotool xdotool;
    private final ActiveWindowTracker tracker;
    private final Optional<Unavailable> caveat;

    public X11Typist(Xdotool xdotool, ActiveWindowTracker tracker, Optional<Unavailable> caveat) {
        this.xdotool = xdotool;
        this.tracker = tracker;
        this.caveat = caveat;
    }

    @Override
    public Optional<Unavailable> unavailable() {
        return tracker.previous().isPresent() ? Optional.empty() : Optional.of(Unavailable.NO_PREVIOUS_WINDOW);
    }

    @Override
    public Optional<Unavailable> caveat() {
        return caveat;
    }

    @Override
    public void type(AutoTypeSequence sequence, Values values) throws AutoTypeException {
        OptionalLong target = tracker.previous();
        if (target.isEmpty() || !xdotool.exists(target.getAsLong())) {
            throw new AutoTypeException("Auto-type: the window you were in before Latchkey is gone. "
                    + "Click into it, come back, and try again.");
        }
        typeInto(target.getAsLong(), sequence, values);
    }

    /** Focuses the window and sends the sequence. */
    public void typeInto(long window, AutoTypeSequence sequence, Values values) throws AutoTypeException {
        xdotool.focus(window);
        for (AutoTypeSequence.Step step : sequence.steps()) {
            if (step instanceof AutoTypeSequence.Value v) {
                xdotool.type(values.get(v.field()));
            } else if (step instanceof AutoTypeSequence.Text t) {
                char[] chars = t.text().toCharArray();
                xdotool.type(chars);
            } else if (step instanceof AutoTypeSequence.Key k) {
                xdotool.key(k.keysym());
            } else if (step instanceof AutoTypeSequence.Delay d) {
                pause(d.duration().toMillis());
            }
        }
    }

    private static void pause(long millis) throws AutoTypeException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AutoTypeException("Auto-type was interrupted.", e);
        }
    }
}
