package dev.latchkey.model.otp;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.NewItem;
import dev.latchkey.model.keychain.SecretKind;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One-time codes kept in a keychain: attached to a password item, or standing alone as a
 * {@link ItemClass#VERIFICATION_CODE} item. Either way the parameters are the item's
 * {@link Attribute#OTP} attribute and the seed its sealed {@link SecretKind#OTP_SEED}
 * secret, written in one transaction. Using an HOTP code advances its counter inside the
 * write transaction, so two processes never hand out the same code.
 */
public final class VerificationCodes {
    private final Keychain keychain;
    private final Clock clock;

    public VerificationCodes(Keychain keychain, Clock clock) {
        this.keychain = keychain;
        this.clock = clock;
    }

    /** Items that carry a code: verification code items and password items with one attached. */
    public List<Item> items() throws LatchkeyException {
        return keychain.items().stream().filter(i -> i.attributes().has(Attribute.OTP)).toList();
    }

    /** The item's code parameters, if it has a code. */
    public static Optional<OtpParameters> parameters(Item item) throws LatchkeyException {
        Optional<String> stored = item.attributes().string(Attribute.OTP);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OtpUri.parseParameters(stored.get()));
        } catch (LatchkeyException e) {
            throw new LatchkeyException(Status.DECODE, "the one-time code settings of \"" + item.displayName()
                    + "\" cannot be read: " + e.getMessage());
        }
    }

    /** Stores a code on its own; {@code label} may be blank (then issuer and account name it). */
    public UUID addStandalone(OtpParameters parameters, Secret seed, String label) throws LatchkeyException {
        return keychain.addAll(List.of(standalone(parameters, seed, label))).get(0);
    }

    /** Stores several codes on their own (an authenticator export): all of them or none. */
    public List<UUID> addStandalone(List<OtpCredential> credentials) throws LatchkeyException {
        List<NewItem> items = new ArrayList<>(credentials.size());
        for (OtpCredential c : credentials) {
            items.add(standalone(c.parameters(), c.seed(), ""));
        }
        return keychain.addAll(items);
    }

    private static NewItem standalone(OtpParameters p, Secret seed, String label) throws LatchkeyException {
        requireSeed(seed);
        String name = label != null && !label.isBlank() ? label.strip()
                : p.displayName().isEmpty() ? "Verification code" : p.displayName();
        ItemAttributes attributes = ItemAttributes.builder().set(Attribute.LABEL, name)
                .set(Attribute.SERVICE, p.issuer()).set(Attribute.ACCOUNT, p.account())
                .set(Attribute.OTP, OtpUri.formatParameters(p)).build();
        return new NewItem(ItemClass.VERIFICATION_CODE, attributes, null, seed);
    }

    /** Attaches a code to a password item, replacing any it had: parameters and seed together. */
    public void attach(UUID passwordItem, OtpParameters parameters, Secret seed) throws LatchkeyException {
        requireSeed(seed);
        Item item = require(passwordItem);
        if (!item.itemClass().isPassword()) {
            throw new LatchkeyException(Status.PARAM, "a one-time code can only be attached to a password item");
        }
        String stored = OtpUri.formatParameters(parameters);
        keychain.modify(passwordItem, a -> a.toBuilder().set(Attribute.OTP, stored).build(), SecretKind.OTP_SEED, seed);
    }

    /** Removes the code attached to a password item (a verification code item is deleted instead). */
    public void detach(UUID passwordItem) throws LatchkeyException {
        if (require(passwordItem).itemClass() == ItemClass.VERIFICATION_CODE) {
            throw new LatchkeyException(Status.PARAM, "a verification code item is removed by deleting it");
        }
        keychain.modify(passwordItem, a -> a.toBuilder().remove(Attribute.OTP).build(), SecretKind.OTP_SEED, null);
    }

    /** The code as shown: time-based codes for now, HOTP at its stored counter (not used up). */
    public OneTimeCode peek(UUID id) throws LatchkeyException {
        OtpParameters p = requireParameters(require(id));
        try (Secret seed = keychain.readSecret(id, SecretKind.OTP_SEED)) {
            return OtpGenerator.code(p, seed, clock.instant());
        }
    }

    /**
     * The code to type now. For HOTP this uses the stored counter's code and stores the next
     * counter in the same transaction, reading the counter as committed (by any process).
     */
    public OneTimeCode use(UUID id) throws LatchkeyException {
        OtpParameters seen = requireParameters(require(id));
        if (seen.type() != OtpType.HOTP) {
            return peek(id);
        }
        Instant now = clock.instant();
        AtomicReference<OneTimeCode> used = new AtomicReference<>();
        try (Secret seed = keychain.readSecret(id, SecretKind.OTP_SEED)) {
            keychain.modify(id, a -> {
                try {
                    OtpParameters current = OtpUri.parseParameters(a.text(Attribute.OTP));
                    used.set(OtpGenerator.code(current, seed, now));
                    OtpParameters next = current.withCounter(Math.addExact(current.counter(), 1));
                    return a.toBuilder().set(Attribute.OTP, OtpUri.formatParameters(next)).build();
                } catch (LatchkeyException e) {
                    throw new ChangeFailed(e);
                }
            });
        } catch (ChangeFailed e) {
            throw e.failure;
        } catch (ArithmeticException e) {
            throw new LatchkeyException(Status.PARAM, "the HOTP counter cannot advance any further");
        }
        return used.get();
    }

    /**
     * The code's {@code otpauth://} URI with its secret, for a QR code or a copy, in an array
     * the caller wipes. Needs the keychain password entered within the re-authentication window.
     */
    public char[] exportUri(UUID id) throws LatchkeyException {
        Item item = require(id);
        OtpParameters p = requireParameters(item);
        if (!keychain.recentlyAuthenticated()) {
            throw new LatchkeyException(Status.INTERACTION_REQUIRED,
                    "enter the keychain password to export the code of \"" + item.displayName() + "\"");
        }
        try (Secret seed = keychain.readSecret(id, SecretKind.OTP_SEED)) {
            return OtpUri.format(p, seed);
        }
    }

    private Item require(UUID id) throws LatchkeyException {
        return keychain.get(id).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND));
    }

    private static OtpParameters requireParameters(Item item) throws LatchkeyException {
        return parameters(item).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND,
                "\"" + item.displayName() + "\" has no one-time code"));
    }

    private static void requireSeed(Secret seed) throws LatchkeyException {
        if (seed == null || seed.isEmpty()) {
            throw new LatchkeyException(Status.PARAM, "the code's secret is empty");
        }
    }

    /** Carries a checked failure out of the attribute change, which the keychain then rolls back. */
    private static final class ChangeFailed extends RuntimeException {
        private final transient LatchkeyException failure;

        ChangeFailed(LatchkeyException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
