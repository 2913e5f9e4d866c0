package dev.latchkey.app.keychains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.LockState;
import dev.latchkey.model.password.StrengthMeter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class CreateKeychainViewModelTest {
    private static final String GOOD = "maple otter violin 42 sunset";

    @TempDir
    Path home;
    private TestKeychains t;
    @BeforeEach
    void setUp() {
        t = new TestKeychains(home);
    }

    private CreateKeychainViewModel create(boolean firstRun) {
        return new CreateKeychainViewModel(t.service, firstRun,
                new NewPassword(new StrengthViewModel(new StrengthMeter(), t.messages), t.messages), t.runner, t.errors,
                t.messages);
    }

    @Test
    void firstRunCreatesAndUnlocksTheLoginKeychain() throws LatchkeyException {
        CreateKeychainViewModel vm = create(true);
        assertThat(vm.title()).isEqualTo("Create your login keychain");
        assertThat(vm.nameProperty().get()).isEqualTo("login");
        char[] typed = GOOD.toCharArray();
        char[] again = GOOD.toCharArray();
        vm.passwordsChanged(typed, again);
        assertThat(typed).containsOnly('\0');
        assertThat(again).containsOnly('\0');
        assertThat(vm.canCreateBinding().get()).isTrue();
        vm.create(GOOD.toCharArray(), GOOD.toCharArray());
        assertThat(vm.createdProperty().get().name()).isEqualTo("login");
        assertThat(t.service.state(vm.createdProperty().get())).isEqualTo(LockState.UNLOCKED);
        assertThat(t.service.defaultKeychain()).contains(vm.createdProperty().get());
    }

    @Test
    void aVeryWeakPasswordIsRefusedAndAWeakOneWarned() {
        CreateKeychainViewModel vm = create(true);
        vm.passwordsChanged("password".toCharArray(), "password".toCharArray());
        assertThat(vm.newPassword().strength().isVeryWeak()).isTrue();
        assertThat(vm.newPassword().problemProperty().get()).startsWith("This password is too easy to guess");
        assertThat(vm.canCreateBinding().get()).isFalse();
        vm.create("password".toCharArray(), "password".toCharArray());
        assertThat(vm.createdProperty().get()).isNull();
        assertThat(t.service.state(new dev.latchkey.model.keychain.KeychainRef("login",
                home.resolve("keychains/login.keychain.mv.db")))).isEqualTo(LockState.LOCKED);

        String weak = findPasswordWithScore(vm, 2);
        vm.passwordsChanged(weak.toCharArray(), weak.toCharArray());
        assertThat(vm.newPassword().warningProperty().get()).startsWith("This password is weak");
        assertThat(vm.newPassword().problemProperty().get()).isEmpty();
        assertThat(vm.canCreateBinding().get()).isTrue();
    }

    private static String findPasswordWithScore(CreateKeychainViewModel vm, int score) {
        for (String candidate : new String[] {"Tr0ub4dor&3", "soccer2024!", "Summer#Lake7", "kitten-jam-19",
            "blue horse 77"}) {
            vm.passwordsChanged(candidate.toCharArray(), candidate.toCharArray());
            if (vm.newPassword().strength().scoreProperty().get() == score) {
                return candidate;
            }
        }
        throw new AssertionError("no sample password has score " + score);
    }

    @Test
    void thePasswordsMustMatch() {
        CreateKeychainViewModel vm = create(true);
        vm.passwordsChanged(GOOD.toCharArray(), "maple".toCharArray());
        assertThat(vm.newPassword().problemProperty().get()).isEqualTo("The passwords do not match.");
        assertThat(vm.canCreateBinding().get()).isFalse();
        vm.passwordsChanged(GOOD.toCharArray(), new char[0]);
        assertThat(vm.newPassword().problemProperty().get()).as("not judged before typing").isEmpty();
        assertThat(vm.canCreateBinding().get()).isFalse();
    }

    @Test
    void aNewKeychainNeedsAFreeValidName() throws LatchkeyException {
        t.service.create("work", TestKeychains.password());
        CreateKeychainViewModel vm = create(false);
        assertThat(vm.title()).isEqualTo("New keychain");
        vm.passwordsChanged(GOOD.toCharArray(), GOOD.toCharArray());
        assertThat(vm.canCreateBinding().get()).as("no name").isFalse();
        vm.nameProperty().set("../evil");
        assertThat(vm.nameErrorProperty().get()).startsWith("Use 1 to 64 letters");
        vm.nameProperty().set("work");
        assertThat(vm.canCreateBinding().get()).isTrue();
        vm.create(GOOD.toCharArray(), GOOD.toCharArray());
        assertThat(vm.nameErrorProperty().get()).isEqualTo("A keychain named “work” already exists.");
        assertThat(vm.createdProperty().get()).isNull();
        vm.nameProperty().set("Home Office");
        vm.create(GOOD.toCharArray(), GOOD.toCharArray());
        assertThat(vm.createdProperty().get().name()).isEqualTo("Home Office");
    }
}
