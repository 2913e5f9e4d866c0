package dev.latchkey.model.item;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Item attributes, named after Apple's keychain attributes (four-letter codes in
 * {@link #appleCode()}). The numeric tag is the on-disk identifier: never reuse or renumber.
 */
public enum Attribute {
    LABEL(1, "labl", "label", AttributeType.STRING),
    ACCOUNT(2, "acct", "account", AttributeType.STRING),
    SERVICE(3, "svce", "service", AttributeType.STRING),
    SERVER(4, "srvr", "server", AttributeType.STRING),
    PROTOCOL(5, "ptcl", "protocol", AttributeType.STRING),
    PORT(6, "port", "port", AttributeType.INTEGER),
    PATH(7, "path", "path", AttributeType.STRING),
    SECURITY_DOMAIN(8, "sdmn", "securityDomain", AttributeType.STRING),
    AUTHENTICATION_TYPE(9, "atyp", "authenticationType", AttributeType.STRING),
    COMMENT(10, "icmt", "comment", AttributeType.STRING),
    DESCRIPTION(11, "desc", "kind", AttributeType.STRING),
    CREATED(12, "cdat", "created", AttributeType.INSTANT),
    MODIFIED(13, "mdat", "modified", AttributeType.INSTANT),
    URLS(14, "urls", "urls", AttributeType.STRING_LIST),
    TAGS(15, "tags", "tags", AttributeType.STRING_LIST),
    /** Access control: ask for the keychain password before revealing or copying the secret. */
    REQUIRE_PASSWORD(16, "acpw", "requirePassword", AttributeType.BOOLEAN),
    GENERIC(17, "gena", "generic", AttributeType.BYTES),
    CREATOR(18, "crtr", "creator", AttributeType.STRING),
    TYPE(19, "type", "type", AttributeType.STRING),
    // Certificates, keys and identities.
    SUBJECT(20, "subj", "subject", AttributeType.BYTES),
    ISSUER(21, "issr", "issuer", AttributeType.BYTES),
    SERIAL_NUMBER(22, "slnr", "serialNumber", AttributeType.BYTES),
    SUBJECT_KEY_ID(23, "skid", "subjectKeyId", AttributeType.BYTES),
    PUBLIC_KEY_HASH(24, "pkhh", "publicKeyHash", AttributeType.BYTES),
    EMAIL_ADDRESSES(25, "alis", "emailAddresses", AttributeType.STRING_LIST),
    NOT_BEFORE(26, "nbfr", "notBefore", AttributeType.INSTANT),
    NOT_AFTER(27, "naft", "notAfter", AttributeType.INSTANT),
    KEY_CLASS(28, "kcls", "keyClass", AttributeType.STRING),
    KEY_TYPE(29, "type", "keyType", AttributeType.STRING),
    KEY_SIZE(30, "bsiz", "keySizeInBits", AttributeType.INTEGER),
    APPLICATION_LABEL(31, "klbl", "applicationLabel", AttributeType.BYTES),
    CERTIFICATE_DER(32, "cert", "certificate", AttributeType.BYTES),
    /**
     * One-time code parameters (type, algorithm, digits, period, HOTP counter, issuer,
     * account) as an {@code otpauth://} URI without its secret; the seed is the item's
     * {@code OTP_SEED} secret. Set on password items with an attached code and on
     * verification code items.
     */
    OTP(33, "otpp", "otp", AttributeType.STRING),
    /** SHA-256 of a certificate's DER encoding: its fingerprint, and the key of its trust settings. */
    CERTIFICATE_SHA256(34, "csha", "certificateSha256", AttributeType.BYTES),
    /**
     * A certificate's trust settings per policy ("Use System Defaults / Always Trust / Never
     * Trust"), on {@link ItemClass#TRUST_SETTING} items; see {@code dev.latchkey.model.trust}.
     */
    TRUST_SETTINGS(35, "tset", "trustSettings", AttributeType.STRING),
    /**
     * What auto-type sends for a password item, e.g. {@code {USERNAME}{TAB}{PASSWORD}{ENTER}}
     * (KeePass's placeholders); absent means that default. Parsed by the app.
     */
    AUTO_TYPE(36, "atyq", "autoTypeSequence", AttributeType.STRING),
    /**
     * Where an imported item was filed in its password manager (a KeePass group path or a
     * Bitwarden folder), path parts joined by "/".
     */
    FOLDER(37, "fldr", "folder", AttributeType.STRING),
    /**
     * The attributes another application gave a password it keeps here (the Secret Service's
     * {@code a{ss}}), as a flat list of name, value, name, value… sorted by name; see
     * {@code dev.latchkey.model.applications}.
     */
    APPLICATION_ATTRIBUTES(38, "apat", "applicationAttributes", AttributeType.STRING_LIST),
    /**
     * Access control: the applications (by executable path) that may use the item without
     * asking, as Keychain Access's "Always allow access by these applications".
     */
    TRUSTED_APPLICATIONS(39, "tapp", "trustedApplications", AttributeType.STRING_LIST);

    private final int tag;
    private final String appleCode;
    private final String jsonName;
    private final AttributeType type;

    Attribute(int tag, String appleCode, String jsonName, AttributeType type) {
        this.tag = tag;
        this.appleCode = appleCode;
        this.jsonName = jsonName;
        this.type = type;
    }

    public int tag() {
        return tag;
    }

    public String appleCode() {
        return appleCode;
    }

    /** Stable field name in JSON output. */
    public String jsonName() {
        return jsonName;
    }

    public AttributeType type() {
        return type;
    }

    public static Optional<Attribute> byTag(int tag) {
        for (Attribute a : values()) {
            if (a.tag == tag) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** Whether two values compare without regard to case (host names and protocol codes). */
    public boolean caseInsensitive() {
        return this == SERVER || this == PROTOCOL || this == AUTHENTICATION_TYPE;
    }

    /**
     * The bytes used for blind indexes and primary keys; equal exactly when two values are the
     * same for lookups. A missing value and an empty one are the same.
     */
    public byte[] canonical(Object value) {
        if (value == null) {
            return new byte[0];
        }
        return switch (type) {
            case BYTES -> ((byte[]) value).clone();
            case STRING -> {
                String s = (String) value;
                yield (caseInsensitive() ? s.toLowerCase(Locale.ROOT) : s)
                        .getBytes(StandardCharsets.UTF_8);
            }
            case STRING_LIST -> String.join("\0", castList(value))
                    .getBytes(StandardCharsets.UTF_8);
            case INSTANT -> Long.toString(((Instant) value).toEpochMilli()).getBytes(StandardCharsets.US_ASCII);
            case INTEGER, BOOLEAN -> value.toString().getBytes(StandardCharsets.US_ASCII);
        };
    }

    @SuppressWarnings("unchecked")
    private static List<String> castList(Object value) {
        return (List<String>) value;
    }
}
