package dev.latchkey.model.audit;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.generic;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.MutableClock;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.SecretKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecurityAuditTest {
    @TempDir
    Path home;

    private final MutableClock clock = Fixtures.clock();

    /** A stand-in for zxcvbn: length decides, and the audit must wipe what it was given afterwards. */
    private final List<char[]> scored = new ArrayList<>();
    private final PasswordScorer byLength = password -> {
        scored.add(password);
        return Math.min(4, password.length / 4);
    };

    @Test
    void everyKindOfRecommendation() throws Exception {
        try (KeychainService s = Fixtures.service(home, clock)) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                UUID old = add(k, "Old bank", "Tr0ub4dor&3-longer-one");
                clock.advance(Duration.ofDays(400));
                UUID weak = add(k, "Forum", "hunter2");
                UUID shopA = add(k, "Shop A", "same-long-password-1");
                UUID shopB = add(k, "Shop B", "same-long-password-1");
                UUID breached = add(k, "Mail", "correct horse battery staple");
                UUID withCode = add(k, "GitHub", "a-fine-unique-password");
                try (Secret seed = secret("seed")) {
                    k.putSecret(withCode, SecretKind.OTP_SEED, seed);
                }
                UUID guarded;
                try (Secret pw = secret("x")) {
                    guarded = k.add(ItemClass.GENERIC_PASSWORD, generic("Vault", "me").toBuilder()
                            .set(Attribute.REQUIRE_PASSWORD, true).build(), pw);
                    k.add(ItemClass.SECURE_NOTE, ItemAttributes.builder().set(Attribute.LABEL, "note").build(), pw);
                }
                clock.advance(Duration.ofMinutes(5));

                Path list = BreachListFiles.write(home.resolve("hibp.txt"),
                        Map.of("correct horse battery staple", 384L, "hunter2", 29_310L), 5_000, true);
                List<Long> progress = new ArrayList<>();
                AuditReport report;
                try (BreachList breaches = BreachList.open(list)) {
                    report = new SecurityAudit(byLength, clock).run(k, Optional.of(breaches),
                            (done, total) -> progress.add(done * 100 / total));
                }
                assertThat(report.recommendations()).extracting(Recommendation::kind, Recommendation::itemId).containsExactly(
                        tuple(RecommendationKind.BREACHED, weak),
                        tuple(RecommendationKind.BREACHED, breached),
                        tuple(RecommendationKind.REUSED, shopA),
                        tuple(RecommendationKind.REUSED, shopB),
                        tuple(RecommendationKind.WEAK, weak),
                        tuple(RecommendationKind.OTP_WITH_PASSWORD, withCode),
                        tuple(RecommendationKind.OLD, old));
                assertThat(report.of(RecommendationKind.REUSED).get(0).detail()).isEqualTo("also used by Shop B");
                assertThat(report.of(RecommendationKind.BREACHED).get(1).detail()).isEqualTo("seen 384 times in breaches");
                assertThat(report.of(RecommendationKind.OLD).get(0).detail()).isEqualTo("last changed on 2026-01-02");
                assertThat(report.counts()).containsEntry(RecommendationKind.BREACHED, 2).containsEntry(RecommendationKind.OLD, 1);
                assertThat(report.checked()).isEqualTo(6);
                assertThat(report.notChecked()).containsExactly(guarded);
                assertThat(progress).isSorted().endsWith(100L);
                assertThat(scored).hasSize(6).allSatisfy(chars -> assertThat(chars).containsOnly('\0'));
                assertThat(report.recommendations()).extracting(Recommendation::detail)
                        .noneMatch(d -> d.contains("hunter2") || d.contains("same-long"));
            }
        }
    }

    @Test
    void withoutABreachListAndWithGoodPasswordsThereIsNothingToSay() throws Exception {
        try (KeychainService s = Fixtures.service(home, clock)) {
            KeychainRef ref = s.create("login", PASSWORD);
            try (Keychain k = s.unlock(ref, PASSWORD)) {
                add(k, "A", "one-long-unique-password");
                add(k, "B", "another-long-unique-password");
                AtomicInteger calls = new AtomicInteger();
                AuditReport report = new SecurityAudit(byLength, clock).run(k, Optional.empty(),
                        (done, total) -> calls.incrementAndGet());
                assertThat(report.recommendations()).isEmpty();
                assertThat(report.checked()).isEqualTo(2);
                assertThat(calls).hasValue(2);
            }
        }
    }

    private static UUID add(Keychain k, String service, String password) throws Exception {
        try (Secret pw = secret(password)) {
            return k.add(ItemClass.GENERIC_PASSWORD, generic(service, "me"), pw);
        }
    }
}
