package dev.latchkey.model.audit;

import dev.latchkey.crypto.mac.HmacSha256;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Security recommendations for a keychain's passwords, as Apple's Passwords app gives them:
 * weak (score 2 or less), reused by other items, not changed for over a year (the MODIFIED
 * date), a one-time code seed kept in the same item as its password, and, given a list,
 * breached. Each password is read once and wiped; reuse is found by comparing HMACs under a
 * key made for this run, so no password is ever compared or kept in the clear. Items that
 * ask for the keychain password before revealing are left out and listed as not checked.
 */
public final class SecurityAudit {
    /** How old a password may get before it is recommended for a change. */
    public static final Duration MAX_AGE = Duration.ofDays(365);
    public static final int WEAK_SCORE = 2;

    private final PasswordScorer scorer;
    private final Clock clock;

    public SecurityAudit(PasswordScorer scorer, Clock clock) {
        this.scorer = scorer;
        this.clock = clock;
    }

    /**
     * Audits every password item. With {@code breaches}, each password's SHA-1 is looked up
     * in it; progress counts items read, then lookups.
     */
    public AuditReport run(Keychain keychain, Optional<BreachList> breaches, AuditProgress progress)
            throws LatchkeyException {
        List<Item> items = keychain.items().stream().filter(i -> i.itemClass().isPassword())
                .sorted(Comparator.comparing(Item::displayName)).toList();
        long total = items.size() * (breaches.isPresent() ? 2L : 1L);
        List<Recommendation> found = new ArrayList<>();
        List<UUID> notChecked = new ArrayList<>();
        Map<String, List<Item>> byFingerprint = new HashMap<>();
        List<Item> hashed = new ArrayList<>();
        List<byte[]> sha1s = new ArrayList<>();
        Instant now = clock.instant();
        int checked = 0;
        try (Secret runKey = Secret.wrap(Randoms.bytes(32)); HmacSha256 fingerprint = new HmacSha256(runKey)) {
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                progress.progress(i + 1, total);
                Optional<Secret> secret = readPassword(keychain, item, notChecked);
                if (secret.isEmpty()) {
                    continue;
                }
                checked++;
                try (Secret password = secret.get()) {
                    char[] chars = password.toChars();
                    try {
                        int score = scorer.score(chars);
                        if (score <= WEAK_SCORE) {
                            found.add(new Recommendation(item.id(), item.displayName(), RecommendationKind.WEAK,
                                    "strength " + score + " of 4"));
                        }
                    } finally {
                        Wipe.chars(chars);
                    }
                    byFingerprint.computeIfAbsent(java.util.HexFormat.of().formatHex(fingerprint.mac(password.bytes())),
                            k -> new ArrayList<>()).add(item);
                    if (breaches.isPresent()) {
                        hashed.add(item);
                        sha1s.add(sha1(password.bytes()));
                    }
                }
                old(item, now).ifPresent(found::add);
                if (keychain.hasSecret(item.id(), SecretKind.OTP_SEED)) {
                    found.add(new Recommendation(item.id(), item.displayName(), RecommendationKind.OTP_WITH_PASSWORD,
                            "keep the code in a separate verification code item or another app"));
                }
            }
        }
        for (List<Item> group : byFingerprint.values()) {
            if (group.size() > 1) {
                for (Item item : group) {
                    List<String> others = group.stream().filter(o -> o != item).map(Item::displayName).toList();
                    found.add(new Recommendation(item.id(), item.displayName(), RecommendationKind.REUSED,
                            "also used by " + String.join(", ", others)));
                }
            }
        }
        if (breaches.isPresent()) {
            int done = items.size();
            long[] counts = breaches.get().counts(sha1s, (d, t) -> progress.progress(done + d, total));
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    Item item = hashed.get(i);
                    found.add(new Recommendation(item.id(), item.displayName(), RecommendationKind.BREACHED,
                            "seen " + counts[i] + (counts[i] == 1 ? " time" : " times") + " in breaches"));
                }
            }
            progress.progress(total, total);
            sha1s.forEach(Wipe::bytes);
        }
        found.sort(Comparator.comparing(Recommendation::kind).thenComparing(Recommendation::itemName));
        return new AuditReport(found, checked, notChecked);
    }

    private static Optional<Secret> readPassword(Keychain keychain, Item item, List<UUID> notChecked)
            throws LatchkeyException {
        try {
            return Optional.of(keychain.readSecret(item.id()));
        } catch (LatchkeyException e) {
            if (e.status() == Status.INTERACTION_REQUIRED) {
                notChecked.add(item.id());
                return Optional.empty();
            }
            if (e.status() == Status.ITEM_NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static Optional<Recommendation> old(Item item, Instant now) {
        Optional<Instant> changed = item.attributes().instant(Attribute.MODIFIED)
                .or(() -> item.attributes().instant(Attribute.CREATED));
        if (changed.isEmpty() || !changed.get().plus(MAX_AGE).isBefore(now)) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.ofInstant(changed.get(), ZoneOffset.UTC);
        return Optional.of(new Recommendation(item.id(), item.displayName(), RecommendationKind.OLD,
                "last changed on " + date));
    }

    private static byte[] sha1(byte[] password) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(password);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }
}
