package dev.latchkey.app.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ManualTime;
import dev.latchkey.model.keychain.KeychainRef;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordThrottleTest {
    private final ManualTime time = new ManualTime();
    private final PasswordThrottle throttle = new PasswordThrottle(time);
    private final KeychainRef login = new KeychainRef("login", Path.of("/tmp/login.keychain.mv.db"));
    private final KeychainRef work = new KeychainRef("work", Path.of("/tmp/work.keychain.mv.db"));

    @Test
    void firstMistakeIsFreeThenThePauseDoublesUpToAMinute() {
        assertThat(PasswordThrottle.pauseAfter(1)).isZero();
        assertThat(PasswordThrottle.pauseAfter(2)).hasSeconds(2);
        assertThat(PasswordThrottle.pauseAfter(3)).hasSeconds(4);
        assertThat(PasswordThrottle.pauseAfter(6)).hasSeconds(32);
        assertThat(PasswordThrottle.pauseAfter(7)).isEqualTo(PasswordThrottle.MAX);
        assertThat(PasswordThrottle.pauseAfter(50)).isEqualTo(PasswordThrottle.MAX);
    }

    @Test
    void remainingCountsDownPerKeychainAndSuccessClearsIt() {
        throttle.failed(login);
        assertThat(throttle.remaining(login)).isZero();
        throttle.failed(login);
        assertThat(throttle.remaining(login)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.remaining(work)).isZero();
        time.advance(Duration.ofMillis(1500));
        assertThat(throttle.remaining(login)).isEqualTo(Duration.ofMillis(500));
        time.advance(Duration.ofSeconds(1));
        assertThat(throttle.remaining(login)).isZero();
        throttle.failed(login);
        assertThat(throttle.remaining(login)).isEqualTo(Duration.ofSeconds(4));
        throttle.succeeded(login);
        assertThat(throttle.remaining(login)).isZero();
    }
}
