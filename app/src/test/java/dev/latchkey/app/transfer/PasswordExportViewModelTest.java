package dev.latchkey.app.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.keychains.NewPassword;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.password.StrengthMeter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Export Passwords… without a stage: the password is always asked again; CSV is plain text. */
@ExtendWith(ClosesKeychains.class)
class PasswordExportViewModelTest {
    @TempDir Path home;
    @TempDir Path files;
    private TestKeychains t;
    private Keychain login;
    private final ScriptedAuthenticator auth = new ScriptedAuthenticator();

    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        TestKeychains.addInternet(login, "GitHub", "github.com", "octo", "p,w\"1");
    }

    private PasswordExportViewModel dialog() {
        return new PasswordExportViewModel(login, auth, new NewPassword(new StrengthViewModel(new StrengthMeter(),
                t.messages), t.messages), t.dialogs, t.runner, t.errors, t.messages, files);
    }

    @Test
    void csvWarnsAndAsksForTheKeychainPasswordEvenRightAfterUnlocking() throws Exception {
        PasswordExportViewModel vm = dialog();
        assertThat(vm.pathProperty().get()).endsWith("login.kdbx");
        vm.kindProperty().set(PasswordExportViewModel.Kind.CSV_BITWARDEN);
        assertThat(vm.pathProperty().get()).endsWith("login.csv");
        assertThat(vm.plainTextBinding().get()).isTrue();
        assertThat(vm.needsPassphraseBinding().get()).isFalse();
        assertThat(login.recentlyAuthenticated()).isTrue();

        vm.export(new char[0], new char[0]);
        assertThat(auth.reasons).singleElement().asString().contains("login");
        assertThat(Files.exists(Path.of(vm.pathProperty().get()))).as("cancelled at the password prompt").isFalse();

        auth.types(TestKeychains.PASSWORD);
        vm.export(new char[0], new char[0]);
        Path csv = Path.of(vm.pathProperty().get());
        assertThat(Files.readString(csv)).contains("\"p,w\"\"1\"").contains("\"https://github.com\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(csv))).isEqualTo("rw-------");
        assertThat(vm.doneProperty().get()).isTrue();
        assertThat(t.dialogs.notices).containsExactly("Exported to login.csv.");
    }

    @Test
    void aKeePassDatabaseNeedsAStrongEnoughPasswordTypedTwice() throws Exception {
        PasswordExportViewModel vm = dialog();
        auth.types(TestKeychains.PASSWORD);
        vm.passphrasesChanged("abc".toCharArray(), "abc".toCharArray());
        assertThat(vm.canExportBinding().get()).isFalse();
        vm.passphrasesChanged("violet gravel 93 lantern".toCharArray(), "violet gravel 93 lantern".toCharArray());
        assertThat(vm.canExportBinding().get()).isTrue();
        vm.export("violet gravel 93 lantern".toCharArray(), "violet gravel 93 lantern".toCharArray());
        byte[] kdbx = Files.readAllBytes(Path.of(vm.pathProperty().get()));
        assertThat(kdbx).startsWith(0x03, 0xd9, 0xa2, 0x9a);
        assertThat(t.dialogs.errors).isEmpty();
    }
}
