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
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This process and a second JVM write to one keychain at the same time, each write unlocking
 * the keychain for itself and locking it again, as command-line calls do when no Latchkey
 * service runs. Only one process opens the file at a time; the other waits its turn. No write
 * fails, none is lost, every update of the shared item lands on top of the one before, each
 * process sees the other's items, and the manifest verifies afterwards.
 */
class ConcurrentProcessesTest {
    private static final int WRITES = 15;

    @TempDir
    Path home;

    @Test
    void twoProcessesTakingTurnsLoseNothing() throws Exception {
        KeychainService service = Fixtures.service(home, Fixtures.clock());
        KeychainRef ref = service.create("login", PASSWORD);
        UUID shared;
        try (Keychain k = service.unlock(ref, PASSWORD); Secret s = secret("shared")) {
            shared = k.add(ItemClass.GENERIC_PASSWORD, generic("shared", "both"), s);
        }
        Map<UUID, String> acknowledged = new HashMap<>();
        int childUpdates = 0;
        try (ChildProcess child = ChildProcess.start(home.resolve("child.err"), WriterProcess.class,
                home.toString(), "login", "child", Integer.toString(WRITES), shared.toString(), "turns")) {
            child.until("READY", 120);
            for (int n = 0; n < WRITES; n++) {
                try (KeychainLease lease = service.lease(ref, PASSWORD::clone); Secret s = secret("parent secret " + n)) {
                    Keychain k = lease.keychain();
                    acknowledged.put(k.add(ItemClass.GENERIC_PASSWORD, generic("parent", Integer.toString(n)), s),
                            "parent secret " + n);
                    int turn = n;
                    k.modify(shared, a -> a.toBuilder().set(Attribute.COMMENT, "parent " + turn).build());
                }
            }
            for (String line : child.until("DONE", 180)) {
                if (line.startsWith("ADDED ")) {
                    String[] parts = line.split(" ");
                    acknowledged.put(UUID.fromString(parts[1]), WriterProcess.secretOf("child", Integer.parseInt(parts[2])));
                } else if (line.startsWith("UPDATED ")) {
                    childUpdates++;
                }
            }
            assertThat(acknowledged).hasSize(2 * WRITES);
            assertThat(childUpdates).isEqualTo(WRITES);

            // The other process sees ours.
            child.send("CHECK");
            Set<UUID> there = new HashSet<>();
            for (String line : child.until("END", 60)) {
                if (line.startsWith("SEES ")) {
                    there.add(UUID.fromString(line.substring(5)));
                }
            }
            assertThat(there).containsAll(acknowledged.keySet()).contains(shared).hasSize(2 * WRITES + 1);
            assertThat(child.waitFor(60)).isZero();
        }

        try (Keychain again = service.unlock(ref, PASSWORD)) {
            assertThat(again.damagedItems()).isEmpty();
            assertThat(again.items()).extracting(Item::id).containsAll(acknowledged.keySet()).hasSize(2 * WRITES + 1);
            // Every update landed on top of the one before: none was lost.
            assertThat(again.get(shared).orElseThrow().rowVersion()).isEqualTo(1 + 2L * WRITES);
            for (var e : acknowledged.entrySet()) {
                try (Secret s = again.readSecret(e.getKey())) {
                    assertThat(text(s)).isEqualTo(e.getValue());
                }
            }
        }
    }
}
