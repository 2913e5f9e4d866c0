package dev.latchkey.app.unlock;

import dev.latchkey.model.keychain.KeychainRef;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A growing pause after wrong passwords, per keychain: the first mistake is free (typos
 * happen), then 2, 4, 8, 16, 32 and at most 60 seconds before the next attempt.
 */
public final class PasswordThrottle {
    static final Duration MAX = Duration.ofSeconds(60);

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<KeychainRef, Failures> failures = new ConcurrentHashMap<>();

    public PasswordThrottle(Clock clock) {
        this.clock = clock;
    }

    /** The pause that follows {@code count} wrong passwords in a row. */
    static Duration pauseAfter(int count) {
        if (count <= 1) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(count - 1, 6);
        return seconds >= MAX.toSeconds() ? MAX : Duration.ofSeconds(seconds);
    }

    /** How long to wait before the keychain's password may be tried again; zero when it may. */
    public Duration remaining(KeychainRef ref) {
        Failures f = failures.get(ref);
        if (f == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.last().plus(pauseAfter(f.count())));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public void failed(KeychainRef ref) {
        failures.merge(ref, new Failures(1, clock.instant()),
                (old, one) -> new Failures(old.count() + 1, one.last()));
    }

    public void succeeded(KeychainRef ref) {
        failures.remove(ref);
    }
}
