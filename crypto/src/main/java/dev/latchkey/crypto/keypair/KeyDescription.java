package dev.latchkey.crypto.keypair;

import java.security.PublicKey;
import java.security.interfaces.DSAPublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;

/** Names and sizes of public keys for people: "RSA 2048-bit", "ECC P-256", "Ed25519". */
public final class KeyDescription {
    private KeyDescription() {
    }

    public static String describe(PublicKey key) {
        Optional<ASN1ObjectIdentifier> edwards = edwardsOid(key);
        if (edwards.isPresent()) {
            ASN1ObjectIdentifier oid = edwards.get();
            if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
                return "Ed25519";
            }
            if (oid.equals(EdECObjectIdentifiers.id_Ed448)) {
                return "Ed448";
            }
            if (oid.equals(EdECObjectIdentifiers.id_X25519)) {
                return "X25519";
            }
            return "X448";
        }
        if (key instanceof RSAPublicKey) {
            return "RSA " + bits(key) + "-bit";
        }
        if (key instanceof ECPublicKey) {
            return "ECC " + curveName(key).orElse(bits(key) + "-bit explicit curve");
        }
        if (key instanceof DSAPublicKey) {
            return "DSA " + bits(key) + "-bit";
        }
        return key.getAlgorithm();
    }

    /** Key size in bits: RSA modulus, EC field, DSA prime, Edwards/Montgomery curve. */
    public static int bits(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return rsa.getModulus().bitLength();
        }
        if (key instanceof ECPublicKey ec) {
            return ec.getParams().getCurve().getField().getFieldSize();
        }
        if (key instanceof DSAPublicKey dsa && dsa.getParams() != null) {
            return dsa.getParams().getP().bitLength();
        }
        Optional<ASN1ObjectIdentifier> edwards = edwardsOid(key);
        if (edwards.isPresent()) {
            ASN1ObjectIdentifier oid = edwards.get();
            return oid.equals(EdECObjectIdentifiers.id_Ed448) ? 456
                    : oid.equals(EdECObjectIdentifiers.id_X448) ? 448 : 256;
        }
        return 0;
    }

    /** The NIST name (P-256) of a named EC curve, else its SEC/other registered name. */
    public static Optional<String> curveName(PublicKey key) {
        if (!(key instanceof ECPublicKey)) {
            return Optional.empty();
        }
        try {
            SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(key.getEncoded());
            if (!(info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier oid)) {
                return Optional.empty();
            }
            String nist = NISTNamedCurves.getName(oid);
            return Optional.ofNullable(nist != null ? nist : ECNamedCurveTable.getName(oid));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<ASN1ObjectIdentifier> edwardsOid(PublicKey key) {
        if (key instanceof RSAPublicKey || key instanceof ECPublicKey || key instanceof DSAPublicKey) {
            return Optional.empty();
        }
        try {
            ASN1ObjectIdentifier oid = SubjectPublicKeyInfo.getInstance(key.getEncoded()).getAlgorithm().getAlgorithm();
            if (oid.equals(EdECObjectIdentifiers.id_Ed25519) || oid.equals(EdECObjectIdentifiers.id_Ed448)
                    || oid.equals(EdECObjectIdentifiers.id_X25519) || oid.equals(EdECObjectIdentifiers.id_X448)) {
                return Optional.of(oid);
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
