package dev.latchkey.app.codes;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OneTimeCode;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One item's one-time code as the window shows it: the current code of a time-based one with
 * the time it has left, or, for a counter-based (HOTP) one, the last code handed out. Updated
 * on the UI thread by {@link LiveCodes}; never holds the seed.
 */
public final class LiveCode {
    /** What the code area shows. */
    public enum State {
        /** Being computed. */
        LOADING,
        /** The current code (time-based), or the code just used (HOTP). */
        SHOWN,
        /** A counter-based code: shown once "Next Code" uses it. */
        COUNTER,
        /** The item asks for the keychain password before its secrets are used. */
        PROTECTED,
        /** The code cannot be computed; see {@link #problemProperty()}. */
        FAILED
    }

    private final UUID id;
    private final Keychain keychain;
    private final ReadOnlyObjectWrapper<Item> item = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private final ReadOnlyDoubleWrapper fractionLeft = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private OtpParameters parameters;
    private Instant validUntil;
    private boolean refreshing;

    LiveCode(Keychain keychain, Item item) {
        this.id = item.id();
        this.keychain = keychain;
        update(item);
    }

    /** The item changed (renamed, HOTP counter advanced): keep what is shown unless the code itself changed. */
    void update(Item next) {
        Item before = item.get();
        item.set(next);
        OtpParameters p;
        try {
            p = VerificationCodes.parameters(next).orElse(null);
        } catch (LatchkeyException e) {
            fail(e.getMessage());
            parameters = null;
            return;
        }
        if (p == null) {
            fail("");
            parameters = null;
            return;
        }
        boolean sameCode = parameters != null && before != null && sameSettings(parameters, p);
        parameters = p;
        if (!sameCode) {
            validUntil = null;
            code.set(p.type() == OtpType.HOTP ? CodeText.hidden(p.digits()) : "");
            state.set(p.type() == OtpType.HOTP ? State.COUNTER : State.LOADING);
        }
    }

    /** Whether a change of the item leaves its code as it was (an HOTP counter moving on does). */
    private static boolean sameSettings(OtpParameters a, OtpParameters b) {
        return a.type() == b.type() && a.algorithm() == b.algorithm() && a.digits() == b.digits()
                && a.periodSeconds() == b.periodSeconds();
    }

    /** Whether the shown code has run out (or none was computed yet) at {@code now}. */
    boolean due(Instant now) {
        return parameters != null && parameters.isTimeBased() && !refreshing
                && (state.get() == State.LOADING || state.get() == State.SHOWN && validUntil != null
                        && !now.isBefore(validUntil));
    }

    void refreshing(boolean value) {
        refreshing = value;
    }

    /** Shows a freshly computed code. */
    void show(OneTimeCode c, Instant now) {
        code.set(CodeText.grouped(c.code()));
        validUntil = c.validUntil().orElse(null);
        problem.set("");
        state.set(State.SHOWN);
        tick(now);
    }

    void protect() {
        code.set(CodeText.hidden(digits()));
        validUntil = null;
        state.set(State.PROTECTED);
        secondsLeft.set(0);
        fractionLeft.set(0);
    }

    void fail(String message) {
        code.set("");
        validUntil = null;
        problem.set(message);
        state.set(State.FAILED);
        secondsLeft.set(0);
        fractionLeft.set(0);
    }

    /** Moves the countdown on. */
    void tick(Instant now) {
        if (validUntil == null || parameters == null || !parameters.isTimeBased()) {
            secondsLeft.set(0);
            fractionLeft.set(0);
            return;
        }
        Duration left = now.isBefore(validUntil) ? Duration.between(now, validUntil) : Duration.ZERO;
        secondsLeft.set((int) Math.ceil(left.toMillis() / 1000.0));
        fractionLeft.set(Math.min(1, left.toMillis() / (parameters.periodSeconds() * 1000.0)));
    }

    public UUID id() {
        return id;
    }

    public Keychain keychain() {
        return keychain;
    }

    public Item item() {
        return item.get();
    }

    public ReadOnlyObjectProperty<Item> itemProperty() {
        return item.getReadOnlyProperty();
    }

    /** The name to show: the item's. */
    public String name() {
        return item.get().displayName();
    }

    /** Issuer and account, e.g. "GitHub · alice"; whichever of them is present. */
    public String detail() {
        if (parameters == null) {
            return item.get().attributes().text(Attribute.ACCOUNT);
        }
        String issuer = parameters.issuer();
        String account = parameters.account().isEmpty() ? item.get().attributes().text(Attribute.ACCOUNT)
                : parameters.account();
        if (issuer.isEmpty() || issuer.equalsIgnoreCase(name())) {
            return account;
        }
        return account.isEmpty() ? issuer : issuer + " · " + account;
    }

    public Optional<OtpParameters> parameters() {
        return Optional.ofNullable(parameters);
    }

    public boolean isCounterBased() {
        return parameters != null && parameters.type() == OtpType.HOTP;
    }

    int digits() {
        return parameters == null ? 6 : parameters.digits();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The code, grouped for reading ("123 456"); dots while protected; "" otherwise. */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** The part of the code's period still left, 1 to 0: the countdown ring. */
    public ReadOnlyDoubleProperty fractionLeftProperty() {
        return fractionLeft.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return "LiveCode[" + id + ", " + state.get() + "]";
    }
}
