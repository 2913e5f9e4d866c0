package dev.latchkey.model.applications;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static dev.latchkey.model.keychain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passwords other applications keep, by their attributes, on a real keychain. */
class ApplicationItemsTest {
    private static final String SECRET_TOOL = "/usr/bin/secret-tool";

    @TempDir
    Path home;

    private KeychainService service;
    private Keychain keychain;
    private ApplicationItems items;

    @BeforeEach
    void unlock() throws Exception {
        service = Fixtures.service(home, Fixtures.clock());
        keychain = service.unlock(service.create("login", PASSWORD), PASSWORD);
        items = new ApplicationItems(keychain);
    }

    @AfterEach
    void lock() {
        service.close();
    }

    private Item store(String label, Map<String, String> attributes, String value) throws LatchkeyException {
        try (Secret s = secret(value)) {
            return items.store(label, attributes, s, SECRET_TOOL);
        }
    }

    @Test
    void aStoredPasswordIsAGenericPasswordFoundByItsAttributes() throws Exception {
        Item item = store("GitHub token", Map.of("service", "github", "username", "octo", "xdg:schema", "org.x"),
                "ghp_1");
        assertThat(item.itemClass()).isEqualTo(ItemClass.GENERIC_PASSWORD);
        assertThat(item.attributes().text(Attribute.SERVICE)).isEqualTo("github");
        assertThat(item.attributes().text(Attribute.ACCOUNT)).isEqualTo("octo");
        assertThat(item.displayName()).isEqualTo("GitHub token");
        assertThat(ApplicationAccess.trusted(item)).containsExactly(SECRET_TOOL);
        assertThat(ApplicationAttributes.of(item)).contains(new java.util.TreeMap<>(
                Map.of("service", "github", "username", "octo", "xdg:schema", "org.x")));

        assertThat(items.search(Map.of("service", "github"))).extracting(Item::id).containsExactly(item.id());
        assertThat(items.search(Map.of("service", "github", "username", "other"))).isEmpty();
        assertThat(items.search(Map.of())).hasSize(1);
        try (Secret s = keychain.readSecret(item.id())) {
            assertThat(text(s)).isEqualTo("ghp_1");
        }
    }

    @Test
    void theSameAttributeSetReplacesThePasswordOtherSetsLiveBeside() throws Exception {
        Item first = store("one", Map.of("application", "myapp"), "a");
        Item again = store("one, again", Map.of("application", "myapp"), "b");
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.displayName()).isEqualTo("one, again");
        try (Secret s = keychain.readSecret(first.id())) {
            assertThat(text(s)).isEqualTo("b");
        }
        // Neither names a service or a user: both file under the default service, told apart.
        Item other = store("two", Map.of("application", "other"), "c");
        assertThat(other.id()).isNotEqualTo(first.id());
        assertThat(other.attributes().text(Attribute.SERVICE)).isEqualTo(ApplicationAttributes.DEFAULT_SERVICE);
        assertThat(other.attributes().text(Attribute.ACCOUNT)).isEqualTo("(application=other)");
        assertThat(items.search(Map.of())).extracting(Item::id).containsExactlyInAnyOrder(first.id(), other.id());
    }

    @Test
    void aPasswordMadeInLatchkeyShowsAsServiceAndUsername() throws Exception {
        try (Secret s = secret("pw")) {
            keychain.add(ItemClass.GENERIC_PASSWORD, generic("mail", "alice"), s);
        }
        assertThat(items.search(Map.of("service", "mail", "username", "alice"))).hasSize(1);
        // Storing that very set replaces it rather than colliding with it.
        Item replaced = store("mail", Map.of("service", "mail", "username", "alice"), "new");
        assertThat(items.search(Map.of())).extracting(Item::id).containsExactly(replaced.id());
        // Another set with the same user is filed beside it.
        Item beside = store("mail", Map.of("service", "mail", "username", "alice", "host", "b.example"), "x");
        assertThat(beside.attributes().text(Attribute.ACCOUNT)).isEqualTo("alice (host=b.example)");
    }

    @Test
    void attributesAndLabelsChange() throws Exception {
        Item item = store("x", Map.of("service", "s", "username", "u"), "v");
        Item moved = items.setAttributes(item.id(), Map.of("service", "t", "user", "w"));
        assertThat(moved.attributes().text(Attribute.SERVICE)).isEqualTo("t");
        assertThat(moved.attributes().text(Attribute.ACCOUNT)).isEqualTo("w");
        assertThat(items.setLabel(item.id(), "renamed").displayName()).isEqualTo("renamed");
        assertThat(items.search(Map.of("service", "s"))).isEmpty();
    }

    @Test
    void badAttributeSetsAreRefused() {
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i <= ApplicationAttributes.MAX_ATTRIBUTES; i++) {
            many.put("a" + i, "v");
        }
        for (Map<String, String> bad : java.util.List.of(many, Map.of("", "v"),
                Map.of("k", "x".repeat(ApplicationAttributes.MAX_LENGTH + 1)))) {
            LatchkeyException e = catchThrowableOfType(() -> store("bad", bad, "v"), LatchkeyException.class);
            assertThat(e.status()).isEqualTo(Status.PARAM);
        }
    }

    @Test
    void accessIsGrantedAndRevokedPerApplication() throws Exception {
        Item item = store("x", Map.of("service", "s"), "v");
        assertThat(ApplicationAccess.trusts(item, "/usr/bin/python3.11")).isFalse();
        Item allowed = ApplicationAccess.allowAlways(keychain, item.id(), "/usr/bin/python3.11");
        assertThat(ApplicationAccess.trusted(allowed)).containsExactly(SECRET_TOOL, "/usr/bin/python3.11");
        assertThat(ApplicationAccess.trusted(ApplicationAccess.allowAlways(keychain, item.id(), SECRET_TOOL)))
                .as("listed once").hasSize(2);
        ApplicationAccess.revoke(keychain, item.id(), SECRET_TOOL);
        Item left = ApplicationAccess.revoke(keychain, item.id(), "/usr/bin/python3.11");
        assertThat(ApplicationAccess.trusted(left)).isEmpty();
        assertThat(left.attributes().has(Attribute.TRUSTED_APPLICATIONS)).isFalse();
    }
}
