package dev.latchkey.model.transfer.export;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.autofill.Site;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpUri;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A password, note or verification code with its secrets, as the password exports (CSV, KDBX)
 * write it. Owns the secrets; closing wipes them.
 */
final class ExportedItem implements AutoCloseable {
    final Item item;
    private final Map<SecretKind, Secret> secrets;

    private ExportedItem(Item item, Map<SecretKind, Secret> secrets) {
        this.item = item;
        this.secrets = secrets;
    }

    /** The items the password exports hold, in a stable order (folder, name). */
    static List<Item> exportable(Keychain keychain) throws LatchkeyException {
        if (!keychain.recentlyAuthenticated()) {
            throw new LatchkeyException(Status.INTERACTION_REQUIRED,
                    "enter the keychain password again to export its passwords");
        }
        return keychain.items().stream().filter(i -> i.itemClass().isPassword()
                || i.itemClass() == ItemClass.SECURE_NOTE || i.itemClass() == ItemClass.VERIFICATION_CODE)
                .sorted(Comparator.comparing((Item i) -> i.attributes().text(Attribute.FOLDER))
                        .thenComparing(Item::displayName).thenComparing(Item::id))
                .toList();
    }

    /** How many items an export leaves out (certificates, keys, trust settings): the backup holds them. */
    static long leftOut(Keychain keychain) throws LatchkeyException {
        return keychain.items().stream().filter(i -> !i.itemClass().isPassword()
                && i.itemClass() != ItemClass.SECURE_NOTE && i.itemClass() != ItemClass.VERIFICATION_CODE).count();
    }

    static ExportedItem read(Keychain keychain, Item item) throws LatchkeyException {
        return new ExportedItem(item, keychain.readSecrets(item.id()));
    }

    String title() {
        return item.displayName();
    }

    boolean isNote() {
        return item.itemClass() == ItemClass.SECURE_NOTE;
    }

    /** The password, or for a note its text; empty chars when there is none. The caller wipes them. */
    char[] secretChars() {
        Secret s = secrets.get(SecretKind.PRIMARY);
        return s == null ? new char[0] : s.toChars();
    }

    /** A web address: the first URL, else the Internet password's protocol, server, port and path. */
    String url() {
        List<String> urls = item.attributes().list(Attribute.URLS);
        if (!urls.isEmpty()) {
            return urls.get(0);
        }
        String server = item.attributes().text(Attribute.SERVER);
        if (server.isEmpty()) {
            return "";
        }
        String scheme = Site.schemeForProtocol(item.attributes().text(Attribute.PROTOCOL));
        return (scheme.isEmpty() ? "https" : scheme) + "://" + server
                + item.attributes().integer(Attribute.PORT).map(p -> ":" + p).orElse("")
                + item.attributes().text(Attribute.PATH);
    }

    String notes() {
        return item.attributes().text(Attribute.COMMENT);
    }

    /** The code as an otpauth URI with its secret (issuer and account filled in), or null. */
    char[] otpUri() throws LatchkeyException {
        Secret seed = secrets.get(SecretKind.OTP_SEED);
        String stored = item.attributes().text(Attribute.OTP);
        if (seed == null || stored.isEmpty()) {
            return null;
        }
        OtpParameters p = OtpUri.parseParameters(stored);
        return OtpUri.format(p, seed);
    }

    SecretParts parts(SecretKind kind) {
        Secret s = secrets.get(kind);
        return s == null ? new SecretParts(List.of()) : SecretParts.decode(s);
    }


    @Override
    public void close() {
        secrets.values().forEach(Secret::close);
    }
}
