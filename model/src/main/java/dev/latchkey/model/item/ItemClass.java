package dev.latchkey.model.item;

import java.util.List;
import java.util.Optional;

/**
 * The kinds of keychain item, after Apple's {@code kSecClass} values. Each knows its stable
 * on-disk code and its primary key: the attributes that must be unique together.
 */
public enum ItemClass {
    GENERIC_PASSWORD(1, "genp", "application password",
            List.of(Attribute.SERVICE, Attribute.ACCOUNT)),
    INTERNET_PASSWORD(2, "inet", "Internet password",
            List.of(Attribute.SERVER, Attribute.ACCOUNT, Attribute.PROTOCOL, Attribute.PORT,
                    Attribute.PATH, Attribute.SECURITY_DOMAIN, Attribute.AUTHENTICATION_TYPE)),
    SECURE_NOTE(3, "note", "secure note", List.of(Attribute.LABEL)),
    CERTIFICATE(4, "cert", "certificate", List.of(Attribute.ISSUER, Attribute.SERIAL_NUMBER)),
    KEY(5, "keys", "key", List.of(Attribute.KEY_CLASS, Attribute.APPLICATION_LABEL)),
    IDENTITY(6, "idnt", "identity", List.of(Attribute.ISSUER, Attribute.SERIAL_NUMBER)),
    /** A one-time code kept on its own (issuer as service); its seed is the OTP_SEED secret. */
    VERIFICATION_CODE(7, "otpc", "verification code", List.of(Attribute.SERVICE, Attribute.ACCOUNT));

    private final int code;
    private final String appleCode;
    private final String displayName;
    private final List<Attribute> primaryKey;

    ItemClass(int code, String appleCode, String displayName, List<Attribute> primaryKey) {
        this.code = code;
        this.appleCode = appleCode;
        this.displayName = displayName;
        this.primaryKey = primaryKey;
    }

    public int code() {
        return code;
    }

    public String appleCode() {
        return appleCode;
    }

    public String displayName() {
        return displayName;
    }

    public List<Attribute> primaryKey() {
        return primaryKey;
    }

    public boolean isPassword() {
        return this == GENERIC_PASSWORD || this == INTERNET_PASSWORD;
    }

    public static Optional<ItemClass> byCode(int code) {
        for (ItemClass c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
