package dev.latchkey.app.clipboard;

import dev.latchkey.app.toolkit.Cancellable;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.SystemClipboard;
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
    static final Duration PASTE_SETTLES = Duration.ofMillis(400);
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
    private Runnable afterRead;
    private Cancellable settling = Cancellable.NONE;

    public ClipboardGuard(SystemClipboard clipboard, Clock clock, Scheduler scheduler, Supplier<Duration> delay) {
        this.clipboard = clipboard;
        this.clock = clock;
        this.scheduler = scheduler;
        this.delay = delay;
    }

    /** Puts a secret on the clipboard for the configured delay; the caller still owns and wipes it. */
    public void copySecret(char[] secret, String description) {
        dropAfterRead();
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
        dropAfterRead();
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

    /** Whether the clipboard tells when another application pastes what is on it (X11 does). */
    public boolean detectsReads() {
        return clipboard.detectsReads();
    }

    /**
     * Runs {@code action} once, when the secret now on the clipboard has been pasted; a new copy
     * or the clearing drops it. Pastes are heard only where {@link #detectsReads}.
     */
    public void afterNextRead(Runnable action) {
        dropAfterRead();
        afterRead = action;
    }

    /**
     * The system clipboard heard another application read what we put there (UI thread). One
     * paste may read it more than once, in several formats, so the action waits until the
     * paste is surely over before it changes the clipboard.
     */
    public void readHeard() {
        Runnable action = afterRead;
        if (action == null || fingerprint == null) {
            return;
        }
        afterRead = null;
        settling = scheduler.after(PASTE_SETTLES, action);
    }

    private void dropAfterRead() {
        afterRead = null;
        settling.cancel();
        settling = Cancellable.NONE;
    }

    private void forget() {
        dropAfterRead();
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
