package dev.latchkey.crypto.cms;

import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.cms.CMSAlgorithm;

/**
 * The content encryption of an encrypted message. The GCM ones make an AuthEnvelopedData
 * (RFC 5083), which detects any change to the message; CBC makes the classic EnvelopedData
 * that every mail client reads.
 */
public enum ContentCipher {
    AES128_GCM("aes-128-gcm", CMSAlgorithm.AES128_GCM, true),
    AES256_GCM("aes-256-gcm", CMSAlgorithm.AES256_GCM, true),
    AES128_CBC("aes-128-cbc", CMSAlgorithm.AES128_CBC, false),
    AES256_CBC("aes-256-cbc", CMSAlgorithm.AES256_CBC, false);

    private final String cliName;
    private final ASN1ObjectIdentifier oid;
    private final boolean authenticated;

    ContentCipher(String cliName, ASN1ObjectIdentifier oid, boolean authenticated) {
        this.cliName = cliName;
        this.oid = oid;
        this.authenticated = authenticated;
    }

    public String cliName() {
        return cliName;
    }

    public boolean authenticated() {
        return authenticated;
    }

    ASN1ObjectIdentifier oid() {
        return oid;
    }

    public static Optional<ContentCipher> fromCliName(String name) {
        for (ContentCipher c : values()) {
            if (c.cliName.equalsIgnoreCase(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
