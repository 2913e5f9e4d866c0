package dev.latchkey.app.certificates;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.x509.CertificateDescriber;
import dev.latchkey.crypto.x509.CertificateDescription;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.security.cert.X509Certificate;

/**
 * A certificate item read for the inspector: the certificate, its description, and the key
 * item that makes it an identity (null when the keychain does not hold its private key).
 *
 * @param keychain the item's keychain; null for System Roots
 */
public record InspectedCertificate(Keychain keychain, Item item, X509Certificate certificate,
        CertificateDescription description, Item key) {

    /** Parses and describes the certificate and looks for its key: slow, call off the UI thread. */
    public static InspectedCertificate read(Keychain keychain, Item item) throws LatchkeyException {
        X509Certificate certificate = CertificateAttributes.certificate(item);
        CertificateDescription description;
        try {
            description = CertificateDescriber.describe(certificate);
        } catch (DecodeException e) {
            throw new LatchkeyException(Status.DECODE, "the certificate of \"" + item.displayName()
                    + "\" cannot be read: " + e.getMessage(), e);
        }
        Item key = keychain == null ? null : new KeychainCertificates(keychain).keyFor(certificate).orElse(null);
        return new InspectedCertificate(keychain, item, certificate, description, key);
    }

    public boolean isIdentity() {
        return key != null;
    }

    public boolean isSystemRoot() {
        return keychain == null;
    }
}
