package dev.latchkey.app.passwordassistant;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.password.PasswordGenerator;
import dev.latchkey.model.password.PasswordRules;
import dev.latchkey.model.password.PasswordStyle;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Password Assistant: style, length and rules in, a fresh suggestion out, with the
 * generator's entropy and zxcvbn's verdict. A new suggestion is drawn whenever a setting
 * changes. The suggestion is shown, so it is a String; it is dropped when the dialog closes.
 */
public final class PasswordAssistantViewModel {
    private final PasswordGenerator generator;
    private final StrengthViewModel strength;
    private final Messages messages;
    private final ObjectProperty<PasswordStyle> style = new SimpleObjectProperty<>(PasswordStyle.RANDOM);
    private final IntegerProperty length = new SimpleIntegerProperty();
    private final BooleanProperty upper = new SimpleBooleanProperty();
    private final BooleanProperty lower = new SimpleBooleanProperty();
    private final BooleanProperty digits = new SimpleBooleanProperty();
    private final BooleanProperty symbols = new SimpleBooleanProperty();
    private final BooleanProperty excludeLookAlikes = new SimpleBooleanProperty();
    private final ReadOnlyIntegerWrapper minLength = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper maxLength = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper lengthAdjustable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper classesAdjustable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper randomCharacters = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper lengthText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper entropyBits = new ReadOnlyDoubleWrapper();
    private boolean applyingDefaults;

    public PasswordAssistantViewModel(PasswordGenerator generator, StrengthViewModel strength, Messages messages) {
        this.generator = generator;
        this.strength = strength;
        this.messages = messages;
        style.addListener((o, old, now) -> applyDefaults(now));
        InvalidationListener regenerate = o -> {
            if (!applyingDefaults) {
                generate();
            }
        };
        for (Observable p : new Observable[] {length, upper, lower, digits, symbols, excludeLookAlikes}) {
            p.addListener(regenerate);
        }
        applyDefaults(style.get());
    }

    private void applyDefaults(PasswordStyle s) {
        PasswordRules d = PasswordRules.defaults(s);
        applyingDefaults = true;
        try {
            switch (s) {
                case RANDOM -> range(8, 64);
                case MEMORABLE -> range(3, 12);
                case APPLE -> range(20, 20);
                case PIN -> range(4, 12);
            }
            lengthAdjustable.set(s != PasswordStyle.APPLE);
            classesAdjustable.set(s == PasswordStyle.RANDOM || s == PasswordStyle.MEMORABLE);
            randomCharacters.set(s == PasswordStyle.RANDOM);
            length.set(d.length());
            upper.set(d.upper());
            lower.set(d.lower());
            digits.set(d.digits());
            symbols.set(d.symbols());
            excludeLookAlikes.set(d.excludeLookAlikes());
        } finally {
            applyingDefaults = false;
        }
        generate();
    }

    private void range(int min, int max) {
        minLength.set(min);
        maxLength.set(max);
    }

    public PasswordRules rules() {
        int n = Math.max(minLength.get(), Math.min(maxLength.get(), length.get()));
        return new PasswordRules(n, upper.get(), lower.get(), digits.get(), symbols.get(), excludeLookAlikes.get());
    }

    /** Draws a new suggestion with the current settings. */
    public void generate() {
        PasswordRules rules = rules();
        char[] password = generator.generate(style.get(), rules);
        try {
            strength.measure(password);
            suggestion.set(new String(password));
        } finally {
            Wipe.chars(password);
        }
        entropyBits.set(generator.entropyBits(style.get(), rules));
        lengthText.set(messages.get(style.get() == PasswordStyle.MEMORABLE ? "passwordAssistant.words" : "passwordAssistant.characters",
                rules.length()));
    }

    /** Forgets the suggestion (the dialog is closing). */
    public void clear() {
        suggestion.set("");
        strength.measure(new char[0]);
    }

    public ObjectProperty<PasswordStyle> styleProperty() {
        return style;
    }

    public IntegerProperty lengthProperty() {
        return length;
    }

    public BooleanProperty upperProperty() {
        return upper;
    }

    public BooleanProperty lowerProperty() {
        return lower;
    }

    public BooleanProperty digitsProperty() {
        return digits;
    }

    public BooleanProperty symbolsProperty() {
        return symbols;
    }

    public BooleanProperty excludeLookAlikesProperty() {
        return excludeLookAlikes;
    }

    public ReadOnlyIntegerProperty minLengthProperty() {
        return minLength.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty maxLengthProperty() {
        return maxLength.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty lengthAdjustableProperty() {
        return lengthAdjustable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty classesAdjustableProperty() {
        return classesAdjustable.getReadOnlyProperty();
    }

    /** Lower case and look-alike rules apply to random characters only. */
    public ReadOnlyBooleanProperty randomCharactersProperty() {
        return randomCharacters.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lengthTextProperty() {
        return lengthText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty entropyBitsProperty() {
        return entropyBits.getReadOnlyProperty();
    }

    public StrengthViewModel strength() {
        return strength;
    }

    public String styleName(PasswordStyle s) {
        return messages.get("passwordAssistant.style." + s.name());
    }
}
