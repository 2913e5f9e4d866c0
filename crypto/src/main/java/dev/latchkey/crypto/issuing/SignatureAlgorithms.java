package dev.latchkey.crypto.issuing;

import java.security.PrivateKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;

/** The signature algorithm a key signs certificates and requests with. */
public final class SignatureAlgorithms {
    private SignatureAlgorithms() {
    }

    public static String forKey(PrivateKey key) throws IssuingException {
        if (key instanceof RSAKey) {
            return "RSASSA-PSS".equals(key.getAlgorithm()) ? "SHA256withRSAandMGF1" : "SHA256withRSA";
        }
        if (key instanceof ECKey ec) {
            int bits = ec.getParams().getCurve().getField().getFieldSize();
            return bits > 384 ? "SHA512withECDSA" : bits > 256 ? "SHA384withECDSA" : "SHA256withECDSA";
        }
        byte[] encoded = key.getEncoded();
        try {
            ASN1ObjectIdentifier oid = PrivateKeyInfo.getInstance(encoded).getPrivateKeyAlgorithm().getAlgorithm();
            if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
                return "Ed25519";
            }
            if (oid.equals(EdECObjectIdentifiers.id_Ed448)) {
                return "Ed448";
            }
        } catch (RuntimeException e) {
            throw new IssuingException("The " + key.getAlgorithm() + " key cannot be read.", e);
        } finally {
            dev.latchkey.crypto.secret.Wipe.bytes(encoded);
        }
        throw new IssuingException("A " + key.getAlgorithm() + " key cannot sign certificates.");
    }
}
