package dev.latchkey.app.secretservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.applications.ApplicationAccess;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Latchkey as the Secret Service on a private session bus, used by clients no one here
 * wrote: libsecret's secret-tool, Python's secretstorage (encrypted session) and keyring.
 * Each reads back exactly what it wrote, and the items are ordinary generic passwords in the
 * keychain. Access by an application the item does not trust is asked for.
 */
class SecretServiceTest {
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();
    private static PrivateSessionBus bus;

    @TempDir
    Path home;

    private KeychainService service;
    private KeychainRef login;
    private SecretServiceProvider provider;
    private final ScriptedPrompts prompts = new ScriptedPrompts();

    /** The person at the window, answering from a script and remembering what was asked. */
    private final class ScriptedPrompts implements ServicePrompts {
        final Deque<Answer> answers = new ArrayDeque<>();
        final List<String> asked = new ArrayList<>();

        @Override
        public synchronized Answer authorize(String application, String item, String keychain) {
            asked.add(application + " wants " + item + " in " + keychain);
            return answers.isEmpty() ? Answer.DENY : answers.poll();
        }

        @Override
        public CompletableFuture<Boolean> unlock(KeychainRef keychain) {
            asked.add("unlock " + keychain.name());
            try {
                service.unlock(keychain, PASSWORD);
                return CompletableFuture.completedFuture(true);
            } catch (Exception e) {
                return CompletableFuture.failedFuture(e);
            }
        }

        @Override
        public CompletableFuture<Optional<KeychainRef>> createKeychain(String label) {
            asked.add("create " + label);
            return CompletableFuture.completedFuture(Optional.empty());
        }
    }

    @BeforeAll
    static void startBus() throws Exception {
        bus = PrivateSessionBus.start();
    }

    @AfterAll
    static void stopBus() {
        if (bus != null) {
            bus.close();
        }
    }

    @BeforeEach
    void serve() throws Exception {
        service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC());
        login = service.create("login", PASSWORD);
        service.unlock(login, PASSWORD);
        provider = SecretServiceProvider.start(service, prompts, () -> { }, bus.address());
        assertThat(provider.status().state()).as(provider.status().message())
                .isEqualTo(SecretServiceProvider.Status.State.SERVING);
    }

    @AfterEach
    void stop() {
        provider.close();
        service.close();
    }

    private Keychain keychain() {
        return service.unlocked(login).orElseThrow();
    }

    private List<Item> genericPasswords() throws Exception {
        return keychain().items().stream().filter(i -> i.itemClass() == ItemClass.GENERIC_PASSWORD).toList();
    }

    @Test
    void secretToolStoresLooksUpSearchesAndClears() throws Exception {
        PrivateSessionBus.assumeSecretTool();
        String value = "tök3n with spaces & ünïcode";
        PrivateSessionBus.Run store = bus.secretTool(value, "store", "--label=GitHub token", "service", "github",
                "username", "octo");
        assertThat(store.code()).as(store.err()).isZero();

        PrivateSessionBus.Run lookup = bus.secretTool("", "lookup", "service", "github", "username", "octo");
        assertThat(lookup.out()).isEqualTo(value);
        PrivateSessionBus.Run search = bus.secretTool("", "search", "--all", "service", "github");
        assertThat(search.out() + search.err()).contains("label = GitHub token", "secret = " + value, "attribute.username = octo");

        // In Latchkey: an ordinary generic password, which the storing application may read.
        Item item = genericPasswords().get(0);
        assertThat(item.attributes().text(Attribute.SERVICE)).isEqualTo("github");
        assertThat(item.attributes().text(Attribute.ACCOUNT)).isEqualTo("octo");
        assertThat(item.displayName()).isEqualTo("GitHub token");
        assertThat(ApplicationAccess.trusted(item)).hasSize(1).allMatch(a -> a.endsWith("/secret-tool"));
        try (Secret s = keychain().readSecret(item.id())) {
            assertThat(new String(s.bytes(), StandardCharsets.UTF_8)).isEqualTo(value);
        }
        assertThat(prompts.asked).as("its own item: nobody is asked").isEmpty();
        // And the command line, run in this service as a client's command would be, finds it.
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int code = new dev.latchkey.app.cli.Cli(dev.latchkey.app.cli.CliContext.forClient(
                new java.io.ByteArrayInputStream(new byte[0]), new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()), service, text -> new char[0], home, false,
                List::of)).execute("find-generic-password", "-s", "github", "-a", "octo", "-w");
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(value + "\n");

        assertThat(bus.secretTool("", "clear", "service", "github").code()).isZero();
        assertThat(genericPasswords()).isEmpty();
        assertThat(bus.secretTool("", "lookup", "service", "github").code()).isEqualTo(1);
    }

    @Test
    void pythonSecretstorageWithAnEncryptedSession() throws Exception {
        PrivateSessionBus.assumePython("secretstorage");
        PrivateSessionBus.Run run = bus.python(String.join("\n",
                "import secretstorage",
                "from secretstorage.util import open_session",
                "conn = secretstorage.dbus_init()",
                "print('encrypted', open_session(conn).encrypted)",
                "col = secretstorage.get_default_collection(conn)",
                "print('locked', col.is_locked(), col.get_label())",
                "a = col.create_item('First', {'application': 'myapp', 'n': '1'}, b'py s3cret \\xc3\\xa9')",
                "b = col.create_item('Second', {'application': 'myapp', 'n': '2'}, b'other')",
                "for it in sorted(col.search_items({'application': 'myapp'}), key=lambda i: i.get_label()):",
                "    print(it.get_label(), sorted(it.get_attributes().items()), it.get_secret())",
                "a.set_label('First, renamed')",
                "b.delete()",
                "print([i.get_label() for i in col.get_all_items()])"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(String.join("\n",
                "encrypted True",
                "locked False login",
                "First [('application', 'myapp'), ('n', '1')] b'py s3cret \\xc3\\xa9'",
                "Second [('application', 'myapp'), ('n', '2')] b'other'",
                "['First, renamed']", ""));
        assertThat(genericPasswords()).extracting(Item::displayName).containsExactly("First, renamed");
    }

    @Test
    void pythonKeyringSetsAndGets() throws Exception {
        PrivateSessionBus.assumePython("keyring", "secretstorage");
        PrivateSessionBus.Run run = bus.python(String.join("\n",
                "import keyring",
                "keyring.set_password('svc-py', 'bob', 'kr pw ✓')",
                "print(keyring.get_password('svc-py', 'bob'))",
                "keyring.set_password('svc-py', 'bob', 'second')",
                "print(keyring.get_password('svc-py', 'bob'))"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("kr pw ✓\nsecond\n");
        assertThat(genericPasswords()).hasSize(1).allMatch(i -> i.attributes().text(Attribute.SERVICE).equals("svc-py")
                && i.attributes().text(Attribute.ACCOUNT).equals("bob"));
    }

    @Test
    void anApplicationTheItemDoesNotTrustIsAskedFor() throws Exception {
        PrivateSessionBus.assumeSecretTool();
        try (Secret s = Secret.copyOf("made in Latchkey".getBytes(StandardCharsets.UTF_8))) {
            keychain().add(ItemClass.GENERIC_PASSWORD, ItemAttributes.builder().set(Attribute.SERVICE, "mail")
                    .set(Attribute.ACCOUNT, "alice").set(Attribute.LABEL, "Mail").build(), s);
        }
        prompts.answers.add(ServicePrompts.Answer.ALLOW_ONCE);
        assertThat(bus.secretTool("", "lookup", "service", "mail", "username", "alice").out())
                .isEqualTo("made in Latchkey");
        assertThat(prompts.asked).hasSize(1).allMatch(a -> a.endsWith("/secret-tool wants Mail in login"));

        prompts.answers.add(ServicePrompts.Answer.DENY);
        PrivateSessionBus.Run denied = bus.secretTool("", "lookup", "service", "mail");
        assertThat(denied.code()).isEqualTo(1);
        assertThat(denied.out()).isEmpty();
        assertThat(denied.err()).doesNotContain("made in Latchkey");
        // Denied: not asked again until the keychain locks.
        assertThat(bus.secretTool("", "lookup", "service", "mail").code()).isEqualTo(1);
        assertThat(prompts.asked).hasSize(2);

        service.lock(login);
        service.unlock(login, PASSWORD);
        prompts.answers.add(ServicePrompts.Answer.ALLOW_ALWAYS);
        assertThat(bus.secretTool("", "lookup", "service", "mail").out()).isEqualTo("made in Latchkey");
        assertThat(bus.secretTool("", "lookup", "service", "mail").out()).isEqualTo("made in Latchkey");
        assertThat(prompts.asked).as("always allowed: asked once more only").hasSize(3);
        assertThat(ApplicationAccess.trusted(genericPasswords().get(0))).hasSize(1)
                .allMatch(a -> a.endsWith("/secret-tool"));
    }

    @Test
    void aLockedKeychainIsUnlockedThroughAPrompt() throws Exception {
        PrivateSessionBus.assumePython("secretstorage");
        PrivateSessionBus.assumeSecretTool();
        assertThat(bus.secretTool("v", "store", "--label=x", "service", "s").code()).isZero();
        service.lock(login);
        assertThat(bus.secretTool("", "lookup", "service", "s").code()).as("a locked keychain shows nothing")
                .isEqualTo(1);
        PrivateSessionBus.Run run = bus.python(String.join("\n",
                "import secretstorage",
                "conn = secretstorage.dbus_init()",
                "col = secretstorage.get_default_collection(conn)",
                "print(col.is_locked())",
                "print(col.unlock())",
                "print(col.is_locked())"));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("True\nFalse\nFalse\n");
        assertThat(prompts.asked).containsExactly("unlock login");
        assertThat(bus.secretTool("", "lookup", "service", "s").out()).isEqualTo("v");
    }

    @Test
    void aSecondProviderFindsTheNameTakenAndSaysBy() {
        SecretServiceProvider second = SecretServiceProvider.start(service, prompts, () -> { }, bus.address());
        try {
            assertThat(second.status().state()).isEqualTo(SecretServiceProvider.Status.State.TAKEN);
            assertThat(second.status().message()).startsWith("org.freedesktop.secrets is served by ")
                    .contains("(pid " + ProcessHandle.current().pid() + ")");
        } finally {
            second.close();
        }
        SecretServiceProvider none = SecretServiceProvider.start(service, prompts, () -> { }, null);
        assertThat(none.status().state()).isEqualTo(SecretServiceProvider.Status.State.NO_BUS);
        none.close();
    }
}
