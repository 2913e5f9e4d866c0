package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer killed with SIGKILL in the middle of a stream of writes: the keychain opens
 * afterwards, its manifest checks out, and it holds every write that had returned success
 * (at most the one in flight may be there unannounced).
 */
class CrashSafetyTest {
    @TempDir
    Path home;

    @Test
    void aKilledWriterLosesNoAcknowledgedWrite() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        KeychainService service = Fixtures.service(home, Fixtures.clock());
        KeychainRef ref = service.create("login", PASSWORD);
        Map<UUID, String> acknowledged = new HashMap<>();
        for (int round = 0; round < 2; round++) {
            int killAfter = 100 + random.nextInt(250);
            String prefix = "round" + round;
            String where = "seed " + seed + ", round " + round + ", killed after " + killAfter + " writes";
            try (ChildProcess writer = ChildProcess.start(home.resolve("writer" + round + ".err"), WriterProcess.class,
                    home.toString(), "login", prefix, "0")) {
                writer.until("READY", 120);
                for (int i = 0; i < killAfter; i++) {
                    record(writer.next(60), prefix, acknowledged);
                }
                writer.kill();
                for (String line : writer.rest()) {
                    record(line, prefix, acknowledged);
                }
            }
            try (Keychain k = service.unlock(ref, PASSWORD)) {
                assertThat(k.damagedItems()).as(where).isEmpty();
                Map<UUID, Item> present = new HashMap<>();
                k.items().forEach(i -> present.put(i.id(), i));
                assertThat(present.keySet()).as(where).containsAll(acknowledged.keySet());
                Set<UUID> unannounced = new HashSet<>(present.keySet());
                unannounced.removeAll(acknowledged.keySet());
                assertThat(unannounced).as(where + ": only the write in flight may be unannounced").hasSizeLessThanOrEqualTo(1);
                for (var e : acknowledged.entrySet()) {
                    try (Secret s = k.readSecret(e.getKey())) {
                        assertThat(text(s)).as(where).isEqualTo(e.getValue());
                    }
                    assertThat(present.get(e.getKey()).attributes().text(Attribute.SERVICE)).isNotEmpty();
                }
                // Keep the next round's count exact: the unannounced write (if any) goes.
                k.deleteAll(List.copyOf(unannounced));
            }
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(200);
    }

    private static void record(String line, String prefix, Map<UUID, String> acknowledged) {
        if (line.startsWith("ADDED ")) {
            String[] parts = line.split(" ");
            acknowledged.put(UUID.fromString(parts[1]), WriterProcess.secretOf(prefix, Integer.parseInt(parts[2])));
        }
    }
}
