package dev.latchkey.app.keychains;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.unlock.PasswordThrottle;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.password.StrengthMeter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class ChangePasswordViewModelTest {
    private static final String NEW = "quartz lantern meadow 1987 ferry";

    @TempDir
    Path home;
    private TestKeychains t;

    @Test
    void changesThePasswordOnlyWithTheRightCurrentOne() throws LatchkeyException {
        t = new TestKeychains(home);
        KeychainRef ref = t.service.create("login", TestKeychains.password());
        PasswordThrottle throttle = new PasswordThrottle(t.time);
        ChangePasswordViewModel vm = new ChangePasswordViewModel(t.service, ref,
                new NewPassword(new StrengthViewModel(new StrengthMeter(), t.messages), t.messages), throttle,
                t.runner, t.errors, t.messages);
        assertThat(vm.title()).isEqualTo("Change the password of “login”");
        vm.passwordsChanged(NEW.toCharArray(), NEW.toCharArray());
        assertThat(vm.canChangeBinding().get()).isTrue();

        vm.change("wrong".toCharArray(), NEW.toCharArray(), NEW.toCharArray());
        assertThat(vm.currentErrorProperty().get()).isEqualTo("The current password is not correct.");
        assertThat(vm.changedProperty().get()).isFalse();

        vm.change(new char[0], NEW.toCharArray(), NEW.toCharArray());
        assertThat(vm.currentErrorProperty().get()).isEqualTo("Enter the current password.");

        vm.change(TestKeychains.password(), NEW.toCharArray(), NEW.toCharArray());
        assertThat(vm.changedProperty().get()).isTrue();
        assertThatThrownBy(() -> t.service.unlock(ref, TestKeychains.password())).isInstanceOf(LatchkeyException.class);
        t.service.unlock(ref, NEW.toCharArray()).close();
    }
}
