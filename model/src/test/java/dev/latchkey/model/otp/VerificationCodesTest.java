package dev.latchkey.model.otp;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.otp.Base32;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.MutableClock;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainLease;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.SecretKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerificationCodesTest {
    @TempDir
    Path home;

    private final MutableClock clock = Fixtures.clock();

    private static Secret rfcSeed() throws Exception {
        return Secret.wrap(Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    }

    @Test
    void standaloneCodesShowTheCurrentCodeAndExportBehindReauthentication() throws Exception {
        try (KeychainService s = Fixtures.service(home, clock)) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD); Secret seed = rfcSeed()) {
                VerificationCodes codes = new VerificationCodes(k, clock);
                OtpParameters p = OtpParameters.builder(OtpType.TOTP).issuer("GitHub").account("octocat")
                        .algorithm(OtpAlgorithm.SHA256).digits(8).build();
                UUID id = codes.addStandalone(p, seed, "");
                Item item = k.get(id).orElseThrow();
                assertThat(item.itemClass()).isEqualTo(ItemClass.VERIFICATION_CODE);
                assertThat(item.displayName()).isEqualTo("GitHub: octocat");
                assertThat(item.attributes().text(Attribute.OTP)).doesNotContain("secret");
                assertThat(VerificationCodes.parameters(item)).contains(p);
                assertThat(codes.items()).extracting(Item::id).containsExactly(id);
                assertThat(codes.peek(id)).isEqualTo(OtpGenerator.code(p, seed, clock.instant()));
                assertThat(codes.use(id)).isEqualTo(codes.peek(id));

                char[] uri = codes.exportUri(id);
                try (OtpCredential back = OtpUri.parse(new String(uri))) {
                    assertThat(back.parameters()).isEqualTo(p);
                    assertThat(back.seed().contentEquals(seed)).isTrue();
                }
                clock.advance(Duration.ofMinutes(5));
                assertThatThrownBy(() -> codes.exportUri(id)).isInstanceOfSatisfying(LatchkeyException.class,
                        e -> assertThat(e.status()).isEqualTo(Status.INTERACTION_REQUIRED));
                k.confirmPassword(PASSWORD);
                assertThat(codes.exportUri(id)).isEqualTo(uri);

                assertThatThrownBy(() -> codes.addStandalone(p, seed, "again")).isInstanceOfSatisfying(
                        LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.DUPLICATE_ITEM));
            }
        }
    }

    @Test
    void attachesToAPasswordItemAndDetaches() throws Exception {
        try (KeychainService s = Fixtures.service(home, clock)) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD); Secret pw = Fixtures.secret("pw"); Secret seed = rfcSeed()) {
                VerificationCodes codes = new VerificationCodes(k, clock);
                UUID login = k.add(ItemClass.GENERIC_PASSWORD, Fixtures.generic("github.com", "octocat"), pw);
                UUID note = k.add(ItemClass.SECURE_NOTE, dev.latchkey.model.item.ItemAttributes.builder()
                        .set(Attribute.LABEL, "n").build(), pw);
                OtpParameters p = OtpParameters.builder(OtpType.TOTP).issuer("GitHub").account("octocat").build();
                codes.attach(login, p, seed);
                try (Secret stored = k.readSecret(login, SecretKind.OTP_SEED); Secret password = k.readSecret(login)) {
                    assertThat(stored.contentEquals(seed)).isTrue();
                    assertThat(Fixtures.text(password)).isEqualTo("pw");
                }
                assertThat(codes.items()).extracting(Item::id).containsExactly(login);
                assertThat(codes.peek(login).code()).hasSize(6);
                assertThatThrownBy(() -> codes.attach(note, p, seed)).isInstanceOfSatisfying(LatchkeyException.class,
                        e -> assertThat(e.status()).isEqualTo(Status.PARAM));
                codes.detach(login);
                assertThat(codes.items()).isEmpty();
                assertThat(k.hasSecret(login, SecretKind.OTP_SEED)).isFalse();
                assertThatThrownBy(() -> codes.peek(login)).isInstanceOfSatisfying(LatchkeyException.class,
                        e -> assertThat(e.status()).isEqualTo(Status.ITEM_NOT_FOUND));
            }
        }
    }

    @Test
    void hotpCountersAdvanceAtomicallyAcrossThreadsAndServices() throws Exception {
        try (KeychainService first = Fixtures.service(home, clock); KeychainService second = Fixtures.service(home, clock)) {
            KeychainRef ref = first.create("login", PASSWORD);
            try (Secret seed = rfcSeed()) {
                OtpParameters p = OtpParameters.builder(OtpType.HOTP).account("token").build();
                UUID id;
                try (KeychainLease lease = first.lease(ref, PASSWORD::clone)) {
                    id = new VerificationCodes(lease.keychain(), clock).addStandalone(p, seed, "Token");
                }
                List<OneTimeCode> used = Collections.synchronizedList(new ArrayList<>());
                List<Thread> threads = new ArrayList<>();
                // Threads of one service share its open keychain; the two services (as two
                // processes would) take turns with the file.
                for (KeychainService service : List.of(first, second, first, second)) {
                    threads.add(new Thread(() -> {
                        try (KeychainLease lease = service.lease(service.resolve("login"), PASSWORD::clone)) {
                            VerificationCodes codes = new VerificationCodes(lease.keychain(), clock);
                            for (int i = 0; i < 10; i++) {
                                used.add(codes.use(id));
                            }
                        } catch (LatchkeyException e) {
                            throw new AssertionError(e);
                        }
                    }));
                }
                threads.forEach(Thread::start);
                for (Thread t : threads) {
                    t.join();
                }
                Keychain b = second.unlock(ref, PASSWORD);
                assertThat(used).extracting(OneTimeCode::counter).containsExactlyInAnyOrderElementsOf(
                        java.util.stream.LongStream.range(0, 40).boxed().toList());
                assertThat(used.stream().filter(c -> c.counter() == 9).findFirst().orElseThrow().code())
                        .isEqualTo("520489");
                VerificationCodes codes = new VerificationCodes(b, clock);
                assertThat(VerificationCodes.parameters(b.get(id).orElseThrow()).orElseThrow().counter()).isEqualTo(40);
                assertThat(codes.peek(id).counter()).isEqualTo(40);
                assertThat(codes.peek(id).counter()).as("peeking does not use a code").isEqualTo(40);
                b.close();
            }
        }
    }

    @Test
    void importsAMigrationBatchAllOrNothing() throws Exception {
        try (KeychainService s = Fixtures.service(home, clock)) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD); Secret one = rfcSeed(); Secret two = rfcSeed()) {
                VerificationCodes codes = new VerificationCodes(k, clock);
                OtpCredential a = new OtpCredential(OtpParameters.builder(OtpType.TOTP).issuer("A").account("x").build(), one);
                OtpCredential dup = new OtpCredential(OtpParameters.builder(OtpType.TOTP).issuer("A").account("x").build(), two);
                assertThatThrownBy(() -> codes.addStandalone(List.of(a, dup))).isInstanceOfSatisfying(
                        LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.DUPLICATE_ITEM));
                assertThat(k.items()).isEmpty();
                OtpCredential b = new OtpCredential(OtpParameters.builder(OtpType.HOTP).account("y").build(), two);
                assertThat(codes.addStandalone(List.of(a, b))).hasSize(2);
                assertThat(codes.items()).hasSize(2);
            }
        }
    }
}
