package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The keychains this process has open, and who holds them. A keychain is unlocked either for
 * the user ("pinned": the window's unlock, {@code latchkey unlock}), staying so until locked,
 * or only for the tasks holding a {@link KeychainLease}, locking again when the last one ends.
 * {@link LockListener}s and {@link #state} see the user's view: a keychain unlocked for a task
 * alone still counts as locked there. Locking lets the tasks under way finish first (up to a
 * bound), and tasks that come meanwhile wait and then unlock it again with their own password.
 */
final class OpenKeychains {
    private static final System.Logger LOG = System.getLogger(OpenKeychains.class.getName());

    /** One keychain file's open state; guarded by the registry's monitor. */
    private static final class Entry {
        final KeychainRef ref;
        Keychain keychain;
        boolean opening;
        boolean closing;
        boolean pinned;
        int leases;

        Entry(KeychainRef ref) {
            this.ref = ref;
            this.opening = true;
        }

        boolean settled() {
            return !opening && !closing;
        }
    }

    /** How an entry's file is opened: claimed and loaded, {@code onClose} run when it locks. */
    @FunctionalInterface
    interface Opening {
        Keychain open(Clock clock, Duration ownerWait, Consumer<String> waiting, Runnable onClose)
                throws LatchkeyException;
    }

    private final Map<Path, Entry> entries = new HashMap<>();
    private final Map<Path, LockState> states = new ConcurrentHashMap<>();
    private final List<LockListener> listeners = new CopyOnWriteArrayList<>();
    private final Clock clock;
    private final Duration ownerWait;
    private final Duration drainWait;
    private volatile Consumer<String> waiting = holder -> { };

    OpenKeychains(Clock clock, Duration ownerWait, Duration drainWait) {
        this.clock = clock;
        this.ownerWait = ownerWait;
        this.drainWait = drainWait;
    }

    void addListener(LockListener l) {
        listeners.add(l);
    }

    void removeListener(LockListener l) {
        listeners.remove(l);
    }

    /** Told the holder's description when another process has the keychain file and we wait for it. */
    void onWaiting(Consumer<String> notice) {
        waiting = notice;
    }

    Duration ownerWait() {
        return ownerWait;
    }

    LockState state(KeychainRef ref) {
        return states.getOrDefault(ref.file(), LockState.LOCKED);
    }

    /** The keychain if the user has it unlocked. */
    synchronized Optional<Keychain> unlocked(KeychainRef ref) {
        Entry e = entries.get(ref.file());
        return e != null && e.pinned && e.settled() && !e.keychain.isClosed() ? Optional.of(e.keychain)
                : Optional.empty();
    }

    /** The open keychain, whoever holds it: for reading facts about it without opening the file again. */
    synchronized Optional<Keychain> open(KeychainRef ref) {
        Entry e = entries.get(ref.file());
        return e != null && e.settled() && !e.keychain.isClosed() ? Optional.of(e.keychain) : Optional.empty();
    }

    /**
     * Unlocks for the user. If it is open already (for the user or a task), the password is
     * still checked.
     */
    Keychain unlock(KeychainRef ref, char[] password) throws LatchkeyException {
        Entry e;
        synchronized (this) {
            e = settledEntry(ref);
            if (e == null) {
                e = new Entry(ref);
                entries.put(ref.file(), e);
            } else {
                e.leases++; // held while the password is checked, so it cannot close meanwhile
            }
        }
        if (!e.opening) {
            try {
                e.keychain.confirmPassword(password);
                pin(e);
            } finally {
                release(e);
            }
            return e.keychain;
        }
        show(ref, LockState.UNLOCKING);
        openEntry(e, withPassword(ref, password));
        pin(e);
        return e.keychain;
    }

    /** Unlocks for the user a keychain this process has just created, opened by {@code opening}. */
    Keychain unlockCreated(KeychainRef ref, Opening opening) throws LatchkeyException {
        Entry e;
        synchronized (this) {
            if (settledEntry(ref) != null) {
                throw new IllegalStateException("a new keychain is open already: " + ref.name());
            }
            e = new Entry(ref);
            entries.put(ref.file(), e);
        }
        show(ref, LockState.UNLOCKING);
        openEntry(e, opening);
        pin(e);
        return e.keychain;
    }

    private static Opening withPassword(KeychainRef ref, char[] password) {
        return (clock, ownerWait, waiting, onClose) -> KeychainOpening.open(ref, password, clock, ownerWait, waiting,
                onClose);
    }

    /** A hold on the keychain for one task; the password is asked only if the user has not unlocked it. */
    KeychainLease lease(KeychainRef ref, PasswordSource password) throws LatchkeyException {
        Entry e;
        synchronized (this) {
            e = settledEntry(ref);
            if (e != null && e.pinned) {
                e.leases++;
                return new KeychainLease(e.keychain, leaseEnd(e));
            }
            if (e == null) {
                e = new Entry(ref);
                entries.put(ref.file(), e);
            } else {
                e.leases++;
            }
        }
        char[] pw = null;
        try {
            pw = password.get();
            if (e.opening) {
                openEntry(e, withPassword(ref, pw));
                synchronized (this) {
                    e.leases++;
                }
            } else {
                e.keychain.confirmPassword(pw);
            }
        } catch (LatchkeyException | RuntimeException failure) {
            if (e.opening) {
                abandon(e);
            } else {
                release(e);
            }
            throw failure;
        } finally {
            Wipe.chars(pw);
        }
        return new KeychainLease(e.keychain, leaseEnd(e));
    }

    private Runnable leaseEnd(Entry e) {
        return () -> release(e);
    }

    /** Waits while the keychain is being opened or closed; then the open entry, or null when closed. */
    private Entry settledEntry(KeychainRef ref) {
        while (true) {
            Entry e = entries.get(ref.file());
            if (e == null || e.settled() && !e.keychain.isClosed()) {
                return e;
            }
            if (e.settled()) {
                entries.remove(ref.file()); // closed directly, without us
                return null;
            }
            awaitChange(0);
        }
    }

    private void openEntry(Entry e, Opening opening) throws LatchkeyException {
        Keychain k;
        try {
            k = opening.open(clock, ownerWait, waiting, () -> closed(e));
        } catch (LatchkeyException | RuntimeException failure) {
            abandon(e);
            throw failure;
        }
        synchronized (this) {
            e.keychain = k;
            e.opening = false;
            notifyAll();
        }
    }

    private void abandon(Entry e) {
        synchronized (this) {
            if (entries.get(e.ref.file()) == e) {
                entries.remove(e.ref.file());
            }
            notifyAll();
        }
        if (state(e.ref) == LockState.UNLOCKING) {
            show(e.ref, LockState.LOCKED);
        }
    }

    private void pin(Entry e) {
        boolean wasPinned;
        synchronized (this) {
            wasPinned = e.pinned;
            e.pinned = true;
        }
        if (!wasPinned) {
            if (state(e.ref) == LockState.LOCKED) {
                show(e.ref, LockState.UNLOCKING);
            }
            show(e.ref, LockState.UNLOCKED);
        }
    }

    private void release(Entry e) {
        Keychain toClose = null;
        synchronized (this) {
            e.leases--;
            if (e.leases == 0 && !e.pinned && !e.closing && entries.get(e.ref.file()) == e) {
                e.closing = true;
                toClose = e.keychain;
            }
            notifyAll();
        }
        if (toClose != null) {
            toClose.close();
        }
    }

    /**
     * Locks for the user: no new task gets in, the tasks under way get up to the drain bound to
     * finish, then the keys are wiped and the file let go.
     */
    void lock(KeychainRef ref) {
        Keychain toClose;
        synchronized (this) {
            Entry e = entries.get(ref.file());
            while (e != null && e.opening) {
                awaitChange(0);
                e = entries.get(ref.file());
            }
            if (e == null || e.closing) {
                return;
            }
            boolean wasPinned = e.pinned;
            e.pinned = false;
            e.closing = true;
            if (wasPinned) {
                show(ref, LockState.LOCKING);
            }
            long deadline = System.nanoTime() + drainWait.toNanos();
            while (e.leases > 0 && System.nanoTime() < deadline) {
                awaitChange(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            if (e.leases > 0) {
                LOG.log(System.Logger.Level.WARNING, "locking \"" + ref.name() + "\" while " + e.leases
                        + " task(s) still use it");
            }
            toClose = e.keychain;
        }
        toClose.close();
    }

    void lockAll() {
        List<KeychainRef> refs;
        synchronized (this) {
            refs = new ArrayList<>();
            entries.values().forEach(e -> refs.add(e.ref));
        }
        refs.forEach(this::lock);
    }

    /** The keychain closed (by {@link #lock}, its last lease, or directly): forget it. */
    private void closed(Entry e) {
        synchronized (this) {
            if (entries.get(e.ref.file()) == e) {
                entries.remove(e.ref.file());
            }
            notifyAll();
        }
        LockState now = state(e.ref);
        if (now == LockState.UNLOCKED) {
            show(e.ref, LockState.LOCKING);
        }
        if (now != LockState.LOCKED) {
            show(e.ref, LockState.LOCKED);
        }
    }

    private void awaitChange(long millis) {
        try {
            wait(millis);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a keychain", ie);
        }
    }

    private void show(KeychainRef ref, LockState next) {
        synchronized (states) {
            LockState previous = states.getOrDefault(ref.file(), LockState.LOCKED);
            if (!previous.canMoveTo(next)) {
                throw new IllegalStateException("keychain " + ref.name() + " cannot go from " + previous + " to " + next);
            }
            states.put(ref.file(), next);
        }
        for (LockListener l : listeners) {
            l.lockStateChanged(ref, next);
        }
    }
}
