package dev.latchkey.app.passwordassistant;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.password.PasswordStrength;
import dev.latchkey.model.password.StrengthMeter;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A live strength meter (zxcvbn via the model's {@link StrengthMeter}): score, a one-word
 * verdict, entropy, and a hint in plain language. Keeps no password, only the verdict.
 */
public final class StrengthViewModel {
    /** Score shown for an empty password. */
    public static final int EMPTY = -1;

    private final StrengthMeter meter;
    private final Messages messages;
    private final ReadOnlyIntegerWrapper score = new ReadOnlyIntegerWrapper(EMPTY);
    private final ReadOnlyStringWrapper verdict = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper entropyBits = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper crackTime = new ReadOnlyStringWrapper("");

    public StrengthViewModel(StrengthMeter meter, Messages messages) {
        this.meter = meter;
        this.messages = messages;
    }

    /** Measures {@code password}; the caller still owns and wipes it. */
    public void measure(char[] password) {
        if (password.length == 0) {
            score.set(EMPTY);
            verdict.set("");
            hint.set("");
            entropyBits.set(0);
            crackTime.set("");
            return;
        }
        PasswordStrength s = meter.measure(password);
        score.set(s.score());
        verdict.set(messages.get("strength." + s.score()));
        entropyBits.set(s.entropyBits());
        crackTime.set(s.crackTime());
        String advice = !s.warning().isBlank() ? s.warning()
                : s.suggestions().isEmpty() ? "" : s.suggestions().get(0);
        hint.set(s.score() >= 3 && advice.isBlank() ? messages.get("strength.good") : advice);
    }

    /** Too weak to protect a keychain: zxcvbn score 0 or 1. */
    public boolean isVeryWeak() {
        return score.get() >= 0 && score.get() <= 1;
    }

    /** Accepted with a warning: score 2. */
    public boolean isWeak() {
        return score.get() == 2;
    }

    public ReadOnlyIntegerProperty scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty verdictProperty() {
        return verdict.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty entropyBitsProperty() {
        return entropyBits.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty crackTimeProperty() {
        return crackTime.getReadOnlyProperty();
    }
}
