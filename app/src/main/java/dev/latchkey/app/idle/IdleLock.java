package dev.latchkey.app.idle;

import dev.latchkey.app.toolkit.Cancellable;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.LockState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Locks keychains nobody is using: each unlocked keychain after its own idle timeout (no
 * keyboard or mouse input in any Latchkey window, reported through {@link #touch()}), and the
 * ones set to "lock when sleeping" after the computer slept. Sleep shows as the wall clock
 * moving on while the monotonic clock, which stops during suspend, did not.
 */
public final class IdleLock {
    static final Duration CHECK_EVERY = Duration.ofSeconds(5);
    static final Duration SLEEP_GAP = Duration.ofSeconds(30);

    private final KeychainService service;
    private final Clock clock;
    private final LongSupplier monotonicNanos;
    private final Scheduler scheduler;
    private final TaskRunner runner;
    private final Set<KeychainRef> unlocked = ConcurrentHashMap.newKeySet();
    private volatile Instant lastInput;
    private Instant lastCheckWall;
    private long lastCheckNanos;
    private Cancellable ticking = Cancellable.NONE;

    public IdleLock(KeychainService service, Clock clock, LongSupplier monotonicNanos, Scheduler scheduler,
            TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.monotonicNanos = monotonicNanos;
        this.scheduler = scheduler;
        this.lastInput = clock.instant();
        service.addLockListener((ref, state) -> {
            if (state == LockState.UNLOCKED) {
                unlocked.add(ref);
                touch();
            } else if (state == LockState.LOCKED) {
                unlocked.remove(ref);
            }
        });
    }

    public void start() {
        // Keychains unlocked before the window existed (the service may be shared) count too.
        runner.run(service::list).onSuccess(refs -> refs.forEach(ref -> {
            if (service.unlocked(ref).isPresent()) {
                unlocked.add(ref);
            }
        })).start();
        lastCheckWall = clock.instant();
        lastCheckNanos = monotonicNanos.getAsLong();
        ticking = scheduler.every(CHECK_EVERY, this::check);
    }

    public void stop() {
        ticking.cancel();
    }

    /** Keyboard or mouse input in a Latchkey window. */
    public void touch() {
        lastInput = clock.instant();
    }

    /** Locks what has been idle too long or was open while the computer slept. */
    public void check() {
        Instant now = clock.instant();
        long nanos = monotonicNanos.getAsLong();
        boolean slept = lastCheckWall != null && Duration.between(lastCheckWall, now)
                .minusNanos(nanos - lastCheckNanos).compareTo(SLEEP_GAP) > 0;
        lastCheckWall = now;
        lastCheckNanos = nanos;
        Duration idle = Duration.between(lastInput, now);
        for (KeychainRef ref : Set.copyOf(unlocked)) {
            Keychain k = service.unlocked(ref).orElse(null);
            if (k == null) {
                unlocked.remove(ref);
                continue;
            }
            int minutes = k.settings().autoLockMinutes();
            boolean idleTooLong = minutes > 0 && idle.compareTo(Duration.ofMinutes(minutes)) >= 0;
            if (idleTooLong || slept && k.settings().lockOnSleep()) {
                // Closing the store may touch the disk: not on the UI thread.
                runner.runAction(() -> service.lock(ref)).start();
            }
        }
    }
}
