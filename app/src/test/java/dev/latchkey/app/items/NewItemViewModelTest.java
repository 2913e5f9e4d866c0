package dev.latchkey.app.items;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.passwordassistant.StrengthViewModel;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemRules;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.password.StrengthMeter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class NewItemViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
    }

    private NewItemViewModel newItem(ItemClass kind) {
        return new NewItemViewModel(login, kind, new ItemFields(t.messages),
                new StrengthViewModel(new StrengthMeter(), t.messages), t.runner, t.errors, t.messages);
    }

    @Test
    void addsAnInternetPasswordFromAWebAddress() throws LatchkeyException {
        NewItemViewModel vm = newItem(ItemClass.INTERNET_PASSWORD);
        assertThat(vm.title()).isEqualTo("New Internet password");
        assertThat(vm.canAddBinding().get()).isFalse();
        vm.nameProperty().set("GitHub");
        vm.accountProperty().set(" alice ");
        vm.whereProperty().set("https://github.com/login");
        vm.commentProperty().set("work account");
        assertThat(vm.canAddBinding().get()).as("no password yet").isFalse();
        vm.secretChanged("x7#Lq!9vRm2$wZ".toCharArray());
        assertThat(vm.strength().scoreProperty().get()).isGreaterThanOrEqualTo(3);
        assertThat(vm.canAddBinding().get()).isTrue();
        char[] password = "x7#Lq!9vRm2$wZ".toCharArray();
        vm.add(password);
        assertThat(password).containsOnly('\0');
        Item item = login.get(vm.addedProperty().get()).orElseThrow();
        assertThat(item.itemClass()).isEqualTo(ItemClass.INTERNET_PASSWORD);
        assertThat(item.attributes().text(Attribute.LABEL)).isEqualTo("GitHub");
        assertThat(item.attributes().text(Attribute.ACCOUNT)).isEqualTo("alice");
        assertThat(item.attributes().text(Attribute.SERVER)).isEqualTo("github.com");
        assertThat(item.attributes().text(Attribute.PROTOCOL)).isEqualTo("https");
        assertThat(item.attributes().text(Attribute.PATH)).isEqualTo("/login");
        assertThat(item.attributes().text(Attribute.COMMENT)).isEqualTo("work account");
        assertThat(item.requiresPassword()).isFalse();
        assertThat(TestKeychains.secretOf(login, item.id())).isEqualTo("x7#Lq!9vRm2$wZ");
    }

    @Test
    void theAddressIsRequiredAndMustBeUsable() {
        NewItemViewModel vm = newItem(ItemClass.INTERNET_PASSWORD);
        vm.secretChanged("pw".toCharArray());
        assertThat(vm.whereProblemBinding().get()).startsWith("Enter the website");
        vm.whereProperty().set("not a host");
        assertThat(vm.whereProblemBinding().get()).startsWith("This is not a web address");
        assertThat(vm.canAddBinding().get()).isFalse();
        vm.add("pw".toCharArray());
        assertThat(vm.addedProperty().get()).isNull();
        vm.whereProperty().set("example.com:70000");
        assertThat(vm.whereProblemBinding().get()).as("the model's port rule, in the bundle's words")
                .startsWith("This is not a web address");
        vm.whereProperty().set("example.com");
        assertThat(vm.whereProblemBinding().get()).isEmpty();
        assertThat(vm.canAddBinding().get()).isTrue();
        vm.nameProperty().set("x".repeat(ItemRules.MAX_TEXT + 1));
        assertThat(vm.nameProblemBinding().get()).startsWith("This is too long");
        assertThat(vm.canAddBinding().get()).isFalse();
    }

    @Test
    void aDuplicateIsAnInlineError() throws LatchkeyException {
        TestKeychains.addGeneric(login, "Mail", "alice", "one");
        NewItemViewModel vm = newItem(ItemClass.GENERIC_PASSWORD);
        vm.whereProperty().set("Mail");
        vm.accountProperty().set("alice");
        vm.add("two".toCharArray());
        assertThat(vm.addedProperty().get()).isNull();
        assertThat(vm.errorProperty().get()).startsWith("An item with the same account");
        assertThat(t.dialogs.errors).isEmpty();
    }

    @Test
    void aSecureNoteNeedsANameAndKeepsItsTextSecret() throws LatchkeyException {
        NewItemViewModel vm = newItem(ItemClass.SECURE_NOTE);
        assertThat(vm.isNote()).isTrue();
        assertThat(vm.nameProblemBinding().get()).isEqualTo("Give the note a name.");
        vm.nameProperty().set("Wi-Fi");
        vm.requirePasswordProperty().set(true);
        assertThat(vm.canAddBinding().get()).isTrue();
        vm.add("router: hunter2".toCharArray());
        Item note = login.get(vm.addedProperty().get()).orElseThrow();
        assertThat(note.displayName()).isEqualTo("Wi-Fi");
        assertThat(note.requiresPassword()).isTrue();
        assertThat(note.attributes().has(Attribute.ACCOUNT)).isFalse();
    }
}
