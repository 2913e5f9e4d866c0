package dev.latchkey.app.unlock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.LockState;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class UnlockViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private KeychainRef ref;
    private PasswordThrottle throttle;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        ref = t.service.create("login", TestKeychains.password());
        throttle = new PasswordThrottle(t.time);
    }

    private UnlockViewModel unlockPrompt() {
        return new UnlockViewModel(ref, UnlockViewModel.unlockPrompt(t.messages, ref),
                pw -> t.service.unlock(ref, pw), throttle, t.runner, t.time, t.errors, t.messages);
    }

    @Test
    void theRightPasswordUnlocksAndWipesWhatWasTyped() {
        UnlockViewModel vm = unlockPrompt();
        char[] typed = TestKeychains.password();
        vm.submit(typed);
        assertThat(vm.succeededProperty().get()).isTrue();
        assertThat(t.service.state(ref)).isEqualTo(LockState.UNLOCKED);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(typed).containsOnly('\0');
        assertThat(vm.canSubmitBinding().get()).isFalse();
    }

    @Test
    void aWrongPasswordIsAnInlineErrorAndRepeatedOnesMustWait() {
        UnlockViewModel vm = unlockPrompt();
        vm.submit("wrong".toCharArray());
        assertThat(vm.succeededProperty().get()).isFalse();
        assertThat(vm.errorProperty().get()).isEqualTo("The password is not correct.");
        assertThat(vm.rejectionsProperty().get()).isEqualTo(1);
        assertThat(vm.canSubmitBinding().get()).isTrue();
        assertThat(t.dialogs.errors).isEmpty();

        vm.submit("wrong again".toCharArray());
        assertThat(vm.rejectionsProperty().get()).isEqualTo(2);
        assertThat(vm.waitSecondsProperty().get()).isEqualTo(2);
        assertThat(vm.canSubmitBinding().get()).isFalse();
        assertThat(vm.errorProperty().get()).contains("Try again in 2 s");

        vm.submit(TestKeychains.password());
        assertThat(t.service.state(ref)).as("refused while waiting").isEqualTo(LockState.LOCKED);

        t.time.advance(Duration.ofSeconds(1));
        assertThat(vm.errorProperty().get()).contains("Try again in 1 s");
        t.time.advance(Duration.ofSeconds(1));
        assertThat(vm.waitSecondsProperty().get()).isZero();
        assertThat(vm.canSubmitBinding().get()).isTrue();
        vm.submit(TestKeychains.password());
        assertThat(vm.succeededProperty().get()).isTrue();
        assertThat(throttle.remaining(ref)).isZero();
    }

    @Test
    void aNewPromptKeepsWaitingAfterRepeatedFailures() {
        unlockPrompt().submit("a".toCharArray());
        unlockPrompt().submit("b".toCharArray());
        UnlockViewModel reopened = unlockPrompt();
        assertThat(reopened.waitSecondsProperty().get()).isEqualTo(2);
        assertThat(reopened.canSubmitBinding().get()).isFalse();
    }

    @Test
    void anEmptyPasswordIsNotTried() {
        UnlockViewModel vm = unlockPrompt();
        vm.submit(new char[0]);
        assertThat(vm.errorProperty().get()).isEqualTo("Enter the keychain password.");
        assertThat(vm.rejectionsProperty().get()).isZero();
    }

    @Test
    void confirmingThePasswordOfAnUnlockedKeychain() throws LatchkeyException {
        Keychain k = t.service.unlock(ref, TestKeychains.password());
        t.time.advance(Keychain.REAUTHENTICATION_WINDOW.plusSeconds(1));
        assertThat(k.recentlyAuthenticated()).isFalse();
        UnlockViewModel vm = new UnlockViewModel(ref, UnlockViewModel.confirmPrompt(t.messages, ref, "show it"),
                k::confirmPassword, throttle, t.runner, t.time, t.errors, t.messages);
        assertThat(vm.prompt().message()).contains("show it").contains("login");
        vm.submit("nope".toCharArray());
        assertThat(vm.errorProperty().get()).isNotEmpty();
        vm.submit(TestKeychains.password());
        assertThat(vm.succeededProperty().get()).isTrue();
        assertThat(k.recentlyAuthenticated()).isTrue();
    }

    @Test
    void unexpectedFailuresGoToTheErrorDialog() throws Exception {
        java.nio.file.Files.write(ref.file(), new byte[4096]);
        UnlockViewModel vm = unlockPrompt();
        vm.submit(TestKeychains.password());
        assertThat(vm.succeededProperty().get()).isFalse();
        assertThat(t.dialogs.errors).hasSize(1);
        assertThat(t.dialogs.errors.get(0).details()).doesNotContain("\tat ");
        assertThat(Arrays.asList(t.dialogs.errors.get(0).status().name())).isNotEmpty();
    }
}
