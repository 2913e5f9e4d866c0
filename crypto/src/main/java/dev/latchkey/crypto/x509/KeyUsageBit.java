package dev.latchkey.crypto.x509;

import java.util.EnumSet;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyUsage;

/** The nine RFC 5280 key usage bits, with BC's bit masks and readable names. */
public enum KeyUsageBit {
    DIGITAL_SIGNATURE(KeyUsage.digitalSignature, "Digital Signature"),
    NON_REPUDIATION(KeyUsage.nonRepudiation, "Non-Repudiation"),
    KEY_ENCIPHERMENT(KeyUsage.keyEncipherment, "Key Encipherment"),
    DATA_ENCIPHERMENT(KeyUsage.dataEncipherment, "Data Encipherment"),
    KEY_AGREEMENT(KeyUsage.keyAgreement, "Key Agreement"),
    KEY_CERT_SIGN(KeyUsage.keyCertSign, "Certificate Signing"),
    CRL_SIGN(KeyUsage.cRLSign, "CRL Signing"),
    ENCIPHER_ONLY(KeyUsage.encipherOnly, "Encipher Only"),
    DECIPHER_ONLY(KeyUsage.decipherOnly, "Decipher Only");

    private final int mask;
    private final String displayName;

    KeyUsageBit(int mask, String displayName) {
        this.mask = mask;
        this.displayName = displayName;
    }

    /** BC's mask for this bit (as used by {@link KeyUsage}). */
    public int mask() {
        return mask;
    }

    public String displayName() {
        return displayName;
    }

    public static int toMask(Set<KeyUsageBit> bits) {
        int mask = 0;
        for (KeyUsageBit bit : bits) {
            mask |= bit.mask;
        }
        return mask;
    }

    public static Set<KeyUsageBit> fromMask(int mask) {
        EnumSet<KeyUsageBit> bits = EnumSet.noneOf(KeyUsageBit.class);
        for (KeyUsageBit bit : values()) {
            if ((mask & bit.mask) != 0) {
                bits.add(bit);
            }
        }
        return bits;
    }
}
