package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static dev.latchkey.model.keychain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.ItemQuery;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * This process and a second JVM use one keychain at once (H2 AUTO_SERVER), each adding its own
 * items, updating one shared item and reading it back: no acknowledged write is lost, no update
 * overwrites another unseen, no read mistakes the other's writes for tampering, each process
 * sees the other's items, and the manifest verifies afterwards.
 */
class ConcurrentProcessesTest {
    private static final int WRITES = 100;

    @TempDir
    Path home;

    @ParameterizedTest(name = "{0} opens the keychain first")
    @ValueSource(strings = {"this process", "the other process"})
    void twoProcessesWritingAtOnceLoseNothing(String first) throws Exception {
        KeychainService service = Fixtures.service(home, Fixtures.clock());
        KeychainRef ref = service.create("login", PASSWORD);
        UUID shared;
        try (Keychain k = service.unlock(ref, PASSWORD); Secret s = secret("shared")) {
            shared = k.add(ItemClass.GENERIC_PASSWORD, generic("shared", "both"), s);
        }
        boolean childFirst = first.equals("the other process");
        Map<UUID, String> acknowledged = new HashMap<>();
        int childUpdates = 0;
        Keychain k = childFirst ? null : service.unlock(ref, PASSWORD);
        try (ChildProcess child = ChildProcess.start(home.resolve("child.err"), WriterProcess.class,
                home.toString(), "login", "child", Integer.toString(WRITES), shared.toString())) {
            child.until("READY", 120);
            if (childFirst) {
                k = service.unlock(ref, PASSWORD);
            }
            for (int n = 0; n < WRITES; n++) {
                try (Secret s = secret("parent secret " + n)) {
                    acknowledged.put(k.add(ItemClass.GENERIC_PASSWORD, generic("parent", Integer.toString(n)), s),
                            "parent secret " + n);
                }
                Item item = k.get(shared).orElseThrow();
                k.update(shared, item.attributes().toBuilder().set(Attribute.COMMENT, "parent " + n).build(), null);
                // Reads of the item the other process keeps changing: fresh, never "tampered".
                assertThat(k.find(ItemQuery.of(ItemClass.GENERIC_PASSWORD).where(Attribute.SERVICE, "shared")
                        .where(Attribute.ACCOUNT, "both"))).extracting(Item::id).containsExactly(shared);
                try (Secret s = k.readSecret(shared)) {
                    assertThat(text(s)).isEqualTo("shared");
                }
            }
            for (String line : child.until("DONE", 120)) {
                if (line.startsWith("ADDED ")) {
                    String[] parts = line.split(" ");
                    acknowledged.put(UUID.fromString(parts[1]), WriterProcess.secretOf("child", Integer.parseInt(parts[2])));
                } else if (line.startsWith("UPDATED ")) {
                    childUpdates++;
                }
            }
            assertThat(acknowledged).hasSize(2 * WRITES);
            assertThat(childUpdates).isEqualTo(WRITES);

            // This process sees the other's items.
            k.refresh();
            Set<UUID> here = ids(k.items());
            assertThat(here).containsAll(acknowledged.keySet()).contains(shared).hasSize(2 * WRITES + 1);
            // Every update landed on top of the one before: none was lost.
            assertThat(k.get(shared).orElseThrow().rowVersion()).isEqualTo(1 + 2L * WRITES);

            // The other process sees ours.
            child.send("CHECK");
            Set<UUID> there = new HashSet<>();
            for (String line : child.until("END", 60)) {
                if (line.startsWith("SEES ")) {
                    there.add(UUID.fromString(line.substring(5)));
                }
            }
            assertThat(there).isEqualTo(here);
            assertThat(child.waitFor(60)).isZero();
        } finally {
            if (k != null) {
                k.close();
            }
        }

        try (Keychain again = service.unlock(ref, PASSWORD)) {
            assertThat(again.damagedItems()).isEmpty();
            assertThat(again.items()).hasSize(2 * WRITES + 1);
            for (var e : acknowledged.entrySet()) {
                try (Secret s = again.readSecret(e.getKey())) {
                    assertThat(text(s)).isEqualTo(e.getValue());
                }
            }
        }
    }

    private static Set<UUID> ids(List<Item> items) {
        Set<UUID> out = new HashSet<>();
        items.forEach(i -> out.add(i.id()));
        return out;
    }
}
