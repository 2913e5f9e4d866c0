package dev.latchkey.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.transfer.PasswordImportViewModel.Step;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.backup.KeychainBackup;
import dev.latchkey.model.transfer.entries.DuplicatePolicy;
import dev.latchkey.model.transfer.entries.PasswordImport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The import wizard's steps without a stage: real keychains, real files, inline background work. */
@ExtendWith(ClosesKeychains.class)
class PasswordImportViewModelTest {
    @TempDir Path home;
    @TempDir Path files;
    private TestKeychains t;
    private Keychain login;
    private final Deque<List<Path>> chosen = new ArrayDeque<>();

    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
    }

    private PasswordImportViewModel wizard() {
        return new PasswordImportViewModel(login, () -> chosen.isEmpty() ? List.of() : chosen.poll(),
                t.runner, t.errors, t.messages);
    }

    private Path csv(int rows) throws Exception {
        StringBuilder b = new StringBuilder("\uFEFFname,url,username,password\n");
        for (int i = 0; i < rows; i++) {
            b.append("site").append(i).append(".example,https://site").append(i).append(".example/,\"user, ")
                    .append(i).append("\",pw").append(i).append('\n');
        }
        return Files.writeString(files.resolve("Chrome Passwords.csv"), b, StandardCharsets.UTF_8);
    }

    @Test
    void choosePreviewImportAndSummary() throws Exception {
        TestKeychains.addInternet(login, "site1.example", "site1.example", "user, 1", "old");
        chosen.add(List.of(csv(3)));
        PasswordImportViewModel vm = wizard();
        vm.browse();
        assertThat(vm.pathProperty().get()).endsWith("Chrome Passwords.csv");
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.preview()).extracting(PasswordImport.Planned::name)
                .containsExactly("site0.example", "site1.example", "site2.example");
        assertThat(vm.preview().get(1).clash()).isEqualTo(PasswordImport.Clash.IN_KEYCHAIN);
        assertThat(vm.previewSummaryProperty().get()).startsWith("3 items to create; 1 already in the keychain");
        vm.duplicatesProperty().set(DuplicatePolicy.REPLACE);
        vm.importNow();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.SUMMARY);
        assertThat(vm.summaryProperty().get()).isEqualTo("Imported 3 items (1 replaced).");
        assertThat(login.items()).hasSize(3);
        assertThat(vm.firstImportedProperty().get()).isNotNull();
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void cancelWhileStoringLeavesTheKeychainAsItWas() throws Exception {
        TestKeychains.addGeneric(login, "kept", "me", "pw");
        chosen.add(List.of(csv(2500)));
        PasswordImportViewModel vm = wizard();
        vm.browse();
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        // The user presses Cancel once the bar has moved.
        vm.progressProperty().addListener((o, old, now) -> {
            if (now.doubleValue() > 0.3) {
                vm.cancel();
            }
        });
        vm.importNow();
        assertThat(vm.summaryProperty().get()).isEqualTo("Cancelled: nothing was imported.");
        assertThat(login.items()).extracting(Item::displayName).containsExactly("kept");
    }

    @Test
    void aMalformedFileSaysWhereInOneLineAndStaysOnTheFirstPage() throws Exception {
        Path broken = Files.writeString(files.resolve("broken.csv"), "name,url,username,password\na,b\n");
        PasswordImportViewModel vm = wizard();
        vm.pathProperty().set(broken.toString());
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(vm.errorProperty().get()).contains("line 2").doesNotContain("\n");
        assertThat(login.items()).isEmpty();
        assertThat(t.dialogs.errors).isEmpty();
    }

    @Test
    void aBackupAsksForItsPassphraseAgainWhenWrong() throws Exception {
        Keychain other = t.unlocked("other");
        TestKeychains.addNote(other, "Recovery codes", "1 2 3");
        Path backup = files.resolve("other.lkbackup");
        Files.write(backup, KeychainBackup.create(other, "backup pass".toCharArray(),
                dev.latchkey.crypto.kdf.KdfPolicy.FLOOR, Progress.NONE));
        PasswordImportViewModel vm = wizard();
        vm.pathProperty().set(backup.toString());
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.UNLOCK);
        assertThat(vm.keePassProperty().get()).isFalse();
        vm.unlock("wrong".toCharArray());
        assertThat(vm.stepProperty().get()).isEqualTo(Step.UNLOCK);
        assertThat(vm.unlockMessageProperty().get()).startsWith("That password does not open");
        vm.unlock("backup pass".toCharArray());
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        vm.importNow();
        assertThat(login.items()).extracting(Item::displayName).containsExactly("Recovery codes");
        try (Secret s = login.readSecret(login.items().get(0).id())) {
            assertThat(TestKeychains.text(s)).isEqualTo("1 2 3");
        }
    }
}
