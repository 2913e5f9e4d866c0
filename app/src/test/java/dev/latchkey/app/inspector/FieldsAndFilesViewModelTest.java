package dev.latchkey.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.inspector.FieldsAndFilesViewModel.FieldRow;
import dev.latchkey.app.inspector.FieldsAndFilesViewModel.FileRow;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.SecretParts.Part;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class FieldsAndFilesViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path downloads;
    private TestKeychains t;
    private Keychain login;
    private UUID server;
    private final ScriptedAuthenticator auth = new ScriptedAuthenticator();
    private final byte[] key = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n".getBytes(
            StandardCharsets.US_ASCII);

    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        server = TestKeychains.addInternet(login, "Build server", "ci.example.com", "deploy", "pw");
        login.modify(server, a -> a.toBuilder().set(Attribute.FOLDER, "Work/Servers").build());
        TestKeychains.putParts(login, server, SecretKind.FIELDS, new Part("Recovery code", true, TestKeychains.secret("7731-0042")),
                new Part("Region", false, TestKeychains.secret("eu-west-1")));
        TestKeychains.putParts(login, server, SecretKind.ATTACHMENTS, new Part("keys/id_ed25519", false, Secret.copyOf(key)),
                new Part("notes.txt", false, TestKeychains.secret("x".repeat(3000))));
    }

    private FieldsAndFilesViewModel inspect(UUID id) throws LatchkeyException {
        FieldsAndFilesViewModel vm = new FieldsAndFilesViewModel(login, login.get(id).orElseThrow(),
                new SecretReader(t.runner, auth, t.errors), t.runner, t.errors, t.messages);
        vm.start();
        return vm;
    }

    @Test
    void showsTheFolderFieldsAndFilesWithHiddenValuesMaskedUntilAsked() throws LatchkeyException {
        FieldsAndFilesViewModel vm = inspect(server);
        assertThat(vm.availableProperty().get()).isTrue();
        assertThat(vm.folderProperty().get()).isEqualTo("Work/Servers");
        assertThat(vm.canShowBinding().get()).as("nothing read before the user asks").isTrue();
        assertThat(vm.fields()).isEmpty();

        vm.show();
        assertThat(vm.shownProperty().get()).isTrue();
        assertThat(vm.canShowBinding().get()).isFalse();
        assertThat(vm.fields()).extracting(FieldRow::name, FieldRow::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Recovery code", "••••••••"),
                        org.assertj.core.groups.Tuple.tuple("Region", "eu-west-1"));
        assertThat(vm.hasHiddenProperty().get()).isTrue();
        vm.showHiddenProperty().set(true);
        assertThat(vm.fields().get(0).value()).isEqualTo("7731-0042");
        vm.showHiddenProperty().set(false);
        assertThat(vm.fields().get(0).value()).isEqualTo("••••••••");
        assertThat(vm.files()).extracting(FileRow::name, FileRow::size)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("keys/id_ed25519", key.length + " bytes"),
                        org.assertj.core.groups.Tuple.tuple("notes.txt", "2.9 KiB"));
        assertThat(auth.reasons).as("an unprotected item is read without asking").isEmpty();

        vm.dispose();
        assertThat(vm.fields()).isEmpty();
        assertThat(vm.files()).isEmpty();
    }

    @Test
    void savesAFileReadableByItsOwnerOnly() throws LatchkeyException, IOException {
        FieldsAndFilesViewModel vm = inspect(server);
        vm.show();
        FileRow file = vm.files().get(0);
        assertThat(FieldsAndFilesViewModel.suggestedName(file)).isEqualTo("id_ed25519");
        Path target = downloads.resolve("id_ed25519");
        vm.save(file, target);
        assertThat(Files.readAllBytes(target)).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
        assertThat(vm.noticeProperty().get()).isEqualTo("Saved “keys/id_ed25519” as id_ed25519.");
    }

    @Test
    void aProtectedItemAsksForTheKeychainPasswordAndShowsNothingWhenCancelled() throws LatchkeyException {
        login.modify(server, a -> a.toBuilder().set(Attribute.REQUIRE_PASSWORD, true).build());
        t.time.advance(Duration.ofMinutes(5));
        FieldsAndFilesViewModel vm = inspect(server);
        assertThat(vm.availableProperty().get()).as("that it has fields is not a secret").isTrue();

        auth.types(null);
        vm.show();
        assertThat(auth.reasons).containsExactly("show the fields and files of “Build server”");
        assertThat(vm.shownProperty().get()).isFalse();
        assertThat(vm.fields()).isEmpty();

        auth.types(TestKeychains.PASSWORD);
        vm.show();
        assertThat(vm.shownProperty().get()).isTrue();
        assertThat(vm.fields()).hasSize(2);
        assertThat(vm.files()).hasSize(2);
    }

    @Test
    void anItemWithoutFolderFieldsOrFilesHasNoTab() throws LatchkeyException {
        UUID plain = TestKeychains.addGeneric(login, "plain", "bob", "pw");
        FieldsAndFilesViewModel vm = inspect(plain);
        assertThat(vm.availableProperty().get()).isFalse();
        assertThat(vm.canShowBinding().get()).isFalse();
    }

    @Test
    void aFolderAloneShowsTheTabWithNothingToRead() throws LatchkeyException {
        UUID filed = TestKeychains.addGeneric(login, "filed", "bob", "pw");
        login.modify(filed, a -> a.toBuilder().set(Attribute.FOLDER, "Home").build());
        FieldsAndFilesViewModel vm = inspect(filed);
        assertThat(vm.availableProperty().get()).isTrue();
        assertThat(vm.canShowBinding().get()).isFalse();
    }
}
