package dev.latchkey.model.keychain;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.MutableClock;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Shared test set-up: a service on a temp folder with the floor KDF and a hand-moved clock. */
public final class Fixtures {
    public static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private Fixtures() {
    }

    public static MutableClock clock() {
        return new MutableClock(Instant.parse("2026-01-02T03:04:05Z"));
    }

    public static KeychainService service(Path home, MutableClock clock) {
        return new KeychainService(new LatchkeyHome(home), Duration.ZERO, clock);
    }

    public static Secret secret(String s) {
        return Secret.copyOf(s.getBytes(StandardCharsets.UTF_8));
    }

    public static String text(Secret s) {
        return new String(s.bytes(), StandardCharsets.UTF_8);
    }

    public static ItemAttributes generic(String service, String account) {
        return ItemAttributes.builder().set(Attribute.SERVICE, service).set(Attribute.ACCOUNT, account)
                .set(Attribute.LABEL, service).build();
    }
}
