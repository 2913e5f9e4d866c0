package dev.latchkey.app.idle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainSettings;
import dev.latchkey.model.keychain.LockState;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class IdleLockTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private IdleLock idle;
    @BeforeEach
    void setUp() {
        t = new TestKeychains(home);
        idle = new IdleLock(t.service, t.time, t.time::nanoTime, t.time, t.runner);
        idle.start();
    }

    @Test
    void locksEachKeychainAfterItsOwnIdleTimeout() throws LatchkeyException {
        Keychain login = t.unlocked("login");
        login.updateSettings(new KeychainSettings(5, true));
        Keychain work = t.unlocked("work");
        work.updateSettings(new KeychainSettings(10, true));
        t.time.advance(Duration.ofMinutes(4));
        idle.touch();
        t.time.advance(Duration.ofMinutes(4));
        assertThat(t.service.state(login.ref())).as("input reset the clock").isEqualTo(LockState.UNLOCKED);
        t.time.advance(Duration.ofMinutes(1).plusSeconds(5));
        assertThat(t.service.state(login.ref())).isEqualTo(LockState.LOCKED);
        assertThat(login.isClosed()).isTrue();
        assertThat(t.service.state(work.ref())).isEqualTo(LockState.UNLOCKED);
        t.time.advance(Duration.ofMinutes(5));
        assertThat(t.service.state(work.ref())).isEqualTo(LockState.LOCKED);
    }

    @Test
    void keychainsUnlockedBeforeTheWindowOpenedCountToo() throws LatchkeyException {
        idle.stop();
        Keychain early = t.unlocked("early");
        early.updateSettings(new KeychainSettings(1, false));
        IdleLock later = new IdleLock(t.service, t.time, t.time::nanoTime, t.time, t.runner);
        later.start();
        t.time.advance(Duration.ofMinutes(1).plusSeconds(5));
        assertThat(t.service.state(early.ref())).isEqualTo(LockState.LOCKED);
    }

    @Test
    void zeroMinutesMeansNever() throws LatchkeyException {
        Keychain login = t.unlocked("login");
        login.updateSettings(new KeychainSettings(0, false));
        t.time.advance(Duration.ofHours(3));
        assertThat(t.service.state(login.ref())).isEqualTo(LockState.UNLOCKED);
    }

    @Test
    void locksAfterTheComputerSleptWhenSetTo() throws LatchkeyException {
        Keychain sleepy = t.unlocked("login");
        sleepy.updateSettings(new KeychainSettings(0, true));
        Keychain awake = t.unlocked("work");
        awake.updateSettings(new KeychainSettings(0, false));
        t.time.advance(Duration.ofMinutes(2));
        assertThat(t.service.state(sleepy.ref())).isEqualTo(LockState.UNLOCKED);
        t.time.sleep(Duration.ofMinutes(40));
        t.time.advance(IdleLock.CHECK_EVERY);
        assertThat(t.service.state(sleepy.ref())).isEqualTo(LockState.LOCKED);
        assertThat(t.service.state(awake.ref())).isEqualTo(LockState.UNLOCKED);
    }

    @Test
    void unlockingCountsAsActivity() throws LatchkeyException {
        t.time.advance(Duration.ofMinutes(30));
        Keychain login = t.unlocked("login");
        t.time.advance(Duration.ofMinutes(10));
        assertThat(t.service.state(login.ref())).isEqualTo(LockState.UNLOCKED);
        idle.stop();
        t.time.advance(Duration.ofMinutes(10));
        assertThat(t.service.state(login.ref())).as("stopped").isEqualTo(LockState.UNLOCKED);
    }
}
