package dev.latchkey.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemFields;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class InspectorViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    private UUID github;
    private final ScriptedAuthenticator auth = new ScriptedAuthenticator();
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
    }

    private InspectorViewModel inspect(UUID id) throws LatchkeyException {
        Item item = login.get(id).orElseThrow();
        return new InspectorViewModel(t.service, login, item, new SecretReader(t.runner, auth, t.errors), auth,
                new ItemFields(t.messages), new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC), t.runner,
                t.errors, t.messages);
    }

    private Item item(UUID id) throws LatchkeyException {
        return login.get(id).orElseThrow();
    }

    @Test
    void showsTheAttributes() throws LatchkeyException {
        InspectorViewModel vm = inspect(github);
        assertThat(vm.titleProperty().get()).isEqualTo("GitHub");
        assertThat(vm.kindProperty().get()).isEqualTo("Internet password");
        assertThat(vm.accountProperty().get()).isEqualTo("alice");
        assertThat(vm.whereProperty().get()).isEqualTo("https://github.com");
        assertThat(vm.createdProperty().get()).contains("2026");
        assertThat(vm.dirtyBinding().get()).isFalse();
        assertThat(vm.canSaveBinding().get()).isFalse();
    }

    @Test
    void editAndSaveKeepsThePasswordUnlessANewOneIsTyped() throws LatchkeyException {
        InspectorViewModel vm = inspect(github);
        vm.accountProperty().set("alice@example.com");
        vm.whereProperty().set("https://github.com/session");
        vm.commentProperty().set("2FA on");
        assertThat(vm.dirtyBinding().get()).isTrue();
        t.time.advance(Duration.ofMinutes(5));
        vm.save(null);
        Item saved = item(github);
        assertThat(saved.attributes().text(Attribute.ACCOUNT)).isEqualTo("alice@example.com");
        assertThat(saved.attributes().text(Attribute.PATH)).isEqualTo("/session");
        assertThat(saved.attributes().text(Attribute.COMMENT)).isEqualTo("2FA on");
        assertThat(saved.attributes().instant(Attribute.MODIFIED)).contains(t.time.instant());
        assertThat(TestKeychains.secretOf(login, github)).isEqualTo("gh-secret");
        assertThat(vm.dirtyBinding().get()).isFalse();
        assertThat(vm.noticeProperty().get()).isEqualTo("Changes saved.");

        vm.secretEdited();
        char[] typed = "new-secret".toCharArray();
        vm.save(typed);
        assertThat(typed).containsOnly('\0');
        assertThat(TestKeychains.secretOf(login, github)).isEqualTo("new-secret");
    }

    @Test
    void invalidFieldsCannotBeSavedAndRevertRestoresThem() throws LatchkeyException {
        InspectorViewModel vm = inspect(github);
        vm.whereProperty().set("");
        assertThat(vm.whereProblemBinding().get()).isNotEmpty();
        assertThat(vm.canSaveBinding().get()).isFalse();
        vm.save(null);
        assertThat(item(github).attributes().text(Attribute.SERVER)).isEqualTo("github.com");
        vm.revert();
        assertThat(vm.whereProperty().get()).isEqualTo("https://github.com");
        assertThat(vm.dirtyBinding().get()).isFalse();
    }

    @Test
    void showsThePasswordOfAnUnprotectedItemWithoutAsking() throws LatchkeyException {
        InspectorViewModel vm = inspect(github);
        t.time.advance(Duration.ofMinutes(10));
        vm.showSecret();
        assertThat(vm.secretShownProperty().get()).isTrue();
        assertThat(vm.revealedProperty().get()).isEqualTo("gh-secret");
        assertThat(auth.reasons).isEmpty();
        vm.hideSecret();
        assertThat(vm.revealedProperty().get()).isEmpty();
    }

    @Test
    void accessControlIsSavedOnTheItemAndAsksForThePasswordLater() throws LatchkeyException {
        InspectorViewModel vm = inspect(github);
        vm.requirePasswordProperty().set(true);
        vm.save(null);
        assertThat(item(github).requiresPassword()).isTrue();

        t.time.advance(Duration.ofMinutes(2));
        auth.types(null);
        vm.showSecret();
        assertThat(auth.reasons).containsExactly("show the password of “GitHub”");
        assertThat(vm.secretShownProperty().get()).as("cancelled").isFalse();

        auth.types("wrong");
        vm.showSecret();
        assertThat(vm.secretShownProperty().get()).isFalse();

        auth.types(TestKeychains.PASSWORD);
        vm.showSecret();
        assertThat(vm.secretShownProperty().get()).isTrue();
        assertThat(vm.revealedProperty().get()).isEqualTo("gh-secret");
    }

    @Test
    void changingAProtectedItemAsksForThePasswordFirst() throws LatchkeyException {
        InspectorViewModel vm = inspect(github);
        vm.requirePasswordProperty().set(true);
        vm.save(null);
        t.time.advance(Duration.ofMinutes(2));
        vm.requirePasswordProperty().set(false);
        auth.types(null);
        vm.save(null);
        assertThat(item(github).requiresPassword()).as("cancelled: unchanged").isTrue();
        auth.types(TestKeychains.PASSWORD);
        vm.save(null);
        assertThat(item(github).requiresPassword()).isFalse();
        assertThat(auth.reasons).hasSize(2);
    }

    @Test
    void closesWhenTheKeychainLocksAndDropsTheShownSecret() throws LatchkeyException {
        InspectorViewModel vm = inspect(github);
        vm.showSecret();
        t.service.lock(login.ref());
        assertThat(vm.closedProperty().get()).isTrue();
        assertThat(vm.revealedProperty().get()).isEmpty();
    }

    @Test
    void followsChangesMadeElsewhereAndClosesWhenTheItemIsDeleted() throws LatchkeyException {
        InspectorViewModel vm = inspect(github);
        login.update(github, item(github).attributes().toBuilder().set(Attribute.LABEL, "GitHub (work)").build(), null);
        assertThat(vm.titleProperty().get()).isEqualTo("GitHub (work)");
        login.delete(github);
        assertThat(vm.closedProperty().get()).isTrue();
    }

    @Test
    void aSecureNotesTextIsItsSecret() throws LatchkeyException {
        UUID note = TestKeychains.addNote(login, "Wi-Fi", "hunter2");
        InspectorViewModel vm = inspect(note);
        assertThat(vm.isNote()).isTrue();
        assertThat(vm.hasPassword()).isFalse();
        vm.showSecret();
        assertThat(vm.revealedProperty().get()).isEqualTo("hunter2");
        vm.secretEdited();
        vm.save("hunter3".toCharArray());
        assertThat(TestKeychains.secretOf(login, note)).isEqualTo("hunter3");
        vm.nameProperty().set("");
        assertThat(vm.nameProblemBinding().get()).isNotEmpty();
        assertThat(vm.canSaveBinding().get()).isFalse();
    }
}
