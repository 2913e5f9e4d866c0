package dev.latchkey.crypto.x509;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

/**
 * The identifiers a keychain uses to pair certificates with keys: Apple's public-key hash
 * (SHA-1 of the subjectPublicKey bits, RFC 5280 §4.2.1.2 method 1), the same whatever
 * provider or curve-parameter encoding produced the key, and a certificate's own subject key id.
 */
public final class KeyIdentifiers {
    private KeyIdentifiers() {
    }

    /** SHA-1 of the public key's bit string (without algorithm or parameters). */
    public static byte[] publicKeyHash(PublicKey key) {
        byte[] bits;
        try {
            bits = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getPublicKeyData().getBytes();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the public key has no X.509 encoding", e);
        }
        try {
            return MessageDigest.getInstance("SHA-1").digest(bits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-1", e);
        }
    }

    /** The subject key identifier extension's value, when the certificate has a readable one. */
    public static Optional<byte[]> subjectKeyId(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
        if (extension == null) {
            return Optional.empty();
        }
        try {
            ASN1OctetString outer = ASN1OctetString.getInstance(extension);
            return Optional.of(ASN1OctetString.getInstance(ASN1Primitive.fromByteArray(outer.getOctets())).getOctets());
        } catch (java.io.IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
