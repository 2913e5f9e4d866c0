package dev.latchkey.app.keychains;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.LockState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class KeychainsViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private KeychainsViewModel vm;
    private KeychainRef login;
    private KeychainRef work;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.service.create("login", TestKeychains.password());
        work = t.service.create("work", TestKeychains.password());
        vm = new KeychainsViewModel(t.service, t.runner, t.dialogs, t.errors, t.messages);
    }

    @Test
    void listsKeychainsAndSelectsTheDefault() {
        List<Optional<KeychainRef>> defaults = new ArrayList<>();
        vm.refresh(defaults::add);
        assertThat(vm.keychains()).extracting(KeychainEntry::name).containsExactly("login", "work");
        assertThat(defaults).containsExactly(Optional.of(login));
        assertThat(vm.selected().ref()).isEqualTo(login);
        assertThat(vm.selected().isDefault()).isTrue();
        assertThat(vm.find(work).orElseThrow().isDefault()).isFalse();
    }

    @Test
    void followsLockStateChangesFromTheModel() throws LatchkeyException {
        vm.refresh(d -> { });
        KeychainEntry entry = vm.find(work).orElseThrow();
        assertThat(entry.state()).isEqualTo(LockState.LOCKED);
        t.service.unlock(work, TestKeychains.password());
        assertThat(entry.isUnlocked()).isTrue();
        assertThat(vm.unlocked(entry)).isPresent();
        vm.lock(entry);
        assertThat(entry.state()).isEqualTo(LockState.LOCKED);
        t.service.unlock(login, TestKeychains.password());
        t.service.unlock(work, TestKeychains.password());
        vm.lockAll();
        assertThat(vm.keychains()).noneMatch(KeychainEntry::isUnlocked);
    }

    @Test
    void makesAnotherKeychainTheDefault() throws LatchkeyException {
        vm.refresh(d -> { });
        vm.makeDefault(vm.find(work).orElseThrow());
        assertThat(t.service.defaultKeychain()).contains(work);
        assertThat(vm.find(work).orElseThrow().isDefault()).isTrue();
        assertThat(vm.find(login).orElseThrow().isDefault()).isFalse();
    }

    @Test
    void deletesAKeychainOnlyAfterConfirmation() {
        vm.refresh(d -> { });
        t.dialogs.answer(false);
        vm.delete(vm.find(work).orElseThrow());
        assertThat(Files.exists(work.file())).isTrue();
        assertThat(t.dialogs.confirmations).hasSize(1);
        assertThat(t.dialogs.confirmations.get(0).destructive()).isTrue();
        assertThat(t.dialogs.confirmations.get(0).title()).isEqualTo("Delete the keychain “work”?");

        t.dialogs.answer(true);
        vm.delete(vm.find(work).orElseThrow());
        assertThat(Files.exists(work.file())).isFalse();
        assertThat(vm.keychains()).extracting(KeychainEntry::name).containsExactly("login");
        assertThat(t.dialogs.notices).containsExactly("Deleted the keychain “work”.");
    }
}
