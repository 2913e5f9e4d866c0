package dev.latchkey.app.secretservice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad calls on the bus, made with jeepney so that paths and types are exactly as written:
 * unknown and malformed paths, wrong types, an unknown algorithm, a degenerate key, someone
 * else's session, too many attributes, a huge secret. Each gets an error reply by its proper
 * name, none carries the secret, and the service goes on serving.
 */
class SecretServiceBadInputTest {
    private static final String SECRET = "never-in-an-error-7f3a";

    @TempDir
    Path home;

    @Test
    void badCallsGetErrorRepliesAndTheServiceGoesOn() throws Exception {
        PrivateSessionBus.assumePython("jeepney");
        try (PrivateSessionBus bus = PrivateSessionBus.start()) {
            KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC());
            KeychainRef login = service.create("login", "pw".toCharArray());
            service.unlock(login, "pw".toCharArray());
            SecretServiceProvider provider = SecretServiceProvider.start(service, ServicePrompts.HEADLESS, () -> { },
                    bus.address());
            try {
                Path script = Path.of("src/test/resources/testdata/SecretServiceBadInputTest/bad_calls.py")
                        .toAbsolutePath();
                PrivateSessionBus.Run run = bus.run("", List.of(PrivateSessionBus.PYTHON, script.toString()),
                        Map.of("PROBE_SECRET", SECRET));
                assertThat(run.code()).as(run.err()).isZero();
                Map<String, String> replies = new LinkedHashMap<>();
                String texts = "";
                for (String line : run.out().split("\n")) {
                    if (line.startsWith("TEXTS ")) {
                        texts = line;
                    } else {
                        replies.put(line.substring(0, line.indexOf(' ')), line.substring(line.indexOf(' ') + 1));
                    }
                }
                String noSuchObject = "org.freedesktop.Secret.Error.NoSuchObject";
                String invalid = "org.freedesktop.DBus.Error.InvalidArgs";
                assertThat(replies).containsEntry("unknown-collection", noSuchObject)
                        .containsEntry("malformed-item", noSuchObject)
                        .containsEntry("unknown-item", noSuchObject)
                        .containsEntry("item-call-on-collection", noSuchObject)
                        .containsEntry("unknown-algorithm", "org.freedesktop.DBus.Error.NotSupported")
                        .containsEntry("dh-input-not-bytes", invalid)
                        .containsEntry("dh-input-degenerate", invalid)
                        .containsEntry("someone-elses-session", "org.freedesktop.Secret.Error.NoSession")
                        .containsEntry("attributes-not-a-dict", invalid)
                        .containsEntry("too-many-attributes", invalid)
                        .containsEntry("huge-secret", invalid)
                        .containsEntry("plain-secret-with-parameters", invalid)
                        .containsEntry("evicted-session", "org.freedesktop.Secret.Error.NoSession")
                        .containsEntry("still-serving", "OK");
                // Outside the objects Latchkey serves, and a call of the wrong signature: D-Bus's own errors.
                assertThat(replies.get("outside-the-tree")).startsWith("org.freedesktop.");
                assertThat(replies.get("search-wrong-type")).startsWith("org.freedesktop.");
                assertThat(texts).doesNotContain(SECRET);
                assertThat(service.unlocked(login).orElseThrow().items())
                        .as("only the good item was stored").hasSize(1)
                        .allMatch(i -> i.itemClass() == ItemClass.GENERIC_PASSWORD);
            } finally {
                provider.close();
                service.close();
            }
        }
    }
}
