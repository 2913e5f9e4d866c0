package dev.latchkey.app.clipboard;

import dev.latchkey.app.ui.Cancellable;
import dev.latchkey.app.ui.Scheduler;
import dev.latchkey.app.ui.SystemClipboard;
import dev.latchkey.crypto.random.Randoms;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Copies secrets to the clipboard and takes them off again: after the delay the clipboard is
 * cleared, but only if it still holds what we put there (the user may have copied something
 * else meanwhile). To recognise our value without keeping it, only a salted SHA-256 of it is
 * remembered. The countdown is observable for the status bar.
 */
public final class ClipboardGuard {
    private final SystemClipboard clipboard;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Supplier<Duration> delay;
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper("");
    private byte[] salt;
    private byte[] fingerprint;
    private Instant deadline;
    private Cancellable ticking = Cancellable.NONE;

    public ClipboardGuard(SystemClipboard clipboard, Clock clock, Scheduler scheduler, Supplier<Duration> delay) {
        this.clipboard = clipboard;
        this.clock = clock;
        this.scheduler = scheduler;
        this.delay = delay;
    }

    /** Puts a secret on the clipboard for the configured delay; the caller still owns and wipes it. */
    public void copySecret(char[] secret, String description) {
        clipboard.putText(secret);
        salt = Randoms.bytes(16);
        fingerprint = digest(salt, CharBuffer.wrap(secret));
        deadline = clock.instant().plus(delay.get());
        what.set(description);
        ticking.cancel();
        ticking = scheduler.every(Duration.ofMillis(250), this::tick);
        tick();
    }

    /** Puts ordinary text on the clipboard; a pending secret is gone from it, so the countdown stops. */
    public void copyText(String text) {
        char[] chars = text.toCharArray();
        clipboard.putText(chars);
        forget();
    }

    /** Clears the clipboard now if it still holds our secret (on lock and on exit). */
    public void clearNow() {
        if (fingerprint != null && holdsOurs()) {
            clipboard.clear();
        }
        forget();
    }

    private void tick() {
        if (deadline == null) {
            return;
        }
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            clearNow();
            return;
        }
        secondsLeft.set((int) Math.ceil(left.toMillis() / 1000.0));
    }

    private boolean holdsOurs() {
        CharSequence current = clipboard.text();
        return current != null && MessageDigest.isEqual(fingerprint, digest(salt, CharBuffer.wrap(current)));
    }

    private void forget() {
        ticking.cancel();
        ticking = Cancellable.NONE;
        deadline = null;
        fingerprint = null;
        salt = null;
        secondsLeft.set(0);
        what.set("");
    }

    private static byte[] digest(byte[] salt, CharBuffer text) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(text);
        byte[] plain = new byte[bytes.remaining()];
        bytes.get(plain);
        if (bytes.hasArray()) {
            Arrays.fill(bytes.array(), (byte) 0);
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(plain);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    /** Seconds until the clipboard is cleared; 0 when no secret is pending. */
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** What the pending secret is, e.g. "password of GitHub". */
    public ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }
}
