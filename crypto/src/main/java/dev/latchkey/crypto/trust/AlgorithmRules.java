package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.keypair.KeyDescription;
import java.security.PublicKey;
import java.security.interfaces.DSAKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.RSAKey;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * Weak algorithms and keys: MD2/MD5 signatures fail everywhere; for the SSL policies SHA-1
 * signatures and RSA keys under 2048 bits fail too, and the server policy allows only RSA,
 * ECDSA on P-256/P-384/P-521 and Ed25519 keys (no DSA).
 */
final class AlgorithmRules {
    private static final Set<ASN1ObjectIdentifier> BROKEN = Set.of(PKCSObjectIdentifiers.md2WithRSAEncryption,
            PKCSObjectIdentifiers.md4WithRSAEncryption, PKCSObjectIdentifiers.md5WithRSAEncryption);
    private static final Set<ASN1ObjectIdentifier> SHA1 = Set.of(PKCSObjectIdentifiers.sha1WithRSAEncryption,
            X9ObjectIdentifiers.ecdsa_with_SHA1, X9ObjectIdentifiers.id_dsa_with_sha1,
            new ASN1ObjectIdentifier("1.3.14.3.2.29"));
    private static final Set<ASN1ObjectIdentifier> DSA = Set.of(X9ObjectIdentifiers.id_dsa_with_sha1,
            NISTObjectIdentifiers.dsa_with_sha224, NISTObjectIdentifiers.dsa_with_sha256,
            NISTObjectIdentifiers.dsa_with_sha384, NISTObjectIdentifiers.dsa_with_sha512,
            NISTObjectIdentifiers.id_dsa_with_sha3_224, NISTObjectIdentifiers.id_dsa_with_sha3_256,
            NISTObjectIdentifiers.id_dsa_with_sha3_384, NISTObjectIdentifiers.id_dsa_with_sha3_512);
    private static final Set<String> WEB_CURVES = Set.of("P-256", "P-384", "P-521");
    private static final int MIN_RSA_BITS = 2048;

    private AlgorithmRules() {
    }

    static void check(CandidatePath path, TrustPolicy policy, Findings findings) {
        boolean ssl = policy.kind() == PolicyKind.SSL_SERVER || policy.kind() == PolicyKind.SSL_CLIENT;
        for (int i = 0; i < path.size(); i++) {
            CertInfo c = path.get(i);
            if (!path.isAnchor(i)) {
                signature(c, i, ssl, policy.webPki(), findings);
            }
            if (ssl) {
                key(c, i, policy.webPki(), findings);
            }
        }
    }

    private static void signature(CertInfo c, int i, boolean ssl, boolean webPki, Findings findings) {
        ASN1ObjectIdentifier algorithm = c.structure.getSignatureAlgorithm().getAlgorithm();
        if (BROKEN.contains(algorithm)) {
            findings.add(i, FindingCode.INSECURE_SIGNATURE_ALGORITHM,
                    "The certificate is signed with MD2, MD4 or MD5, which can be forged.");
        } else if (webPki && DSA.contains(algorithm)) {
            findings.add(i, FindingCode.DISALLOWED_KEY_TYPE, "The certificate is signed with DSA, which SSL does not allow.");
        } else if (ssl && SHA1.contains(algorithm)) {
            findings.add(i, FindingCode.WEAK_SIGNATURE_ALGORITHM,
                    "The certificate is signed with SHA-1, which is no longer accepted for SSL.");
        }
    }

    private static void key(CertInfo c, int i, boolean webPki, Findings findings) {
        PublicKey key;
        try {
            key = c.publicKey();
        } catch (UnsupportedFormatException e) {
            findings.add(i, FindingCode.DISALLOWED_KEY_TYPE, "The certificate's key type is not supported.");
            return;
        }
        if (key instanceof RSAKey rsa && rsa.getModulus().bitLength() < MIN_RSA_BITS) {
            findings.add(i, FindingCode.WEAK_KEY, "The certificate's RSA key has " + rsa.getModulus().bitLength()
                    + " bits; SSL requires at least " + MIN_RSA_BITS + ".");
        }
        if (!webPki) {
            return;
        }
        if (key instanceof DSAKey) {
            findings.add(i, FindingCode.DISALLOWED_KEY_TYPE, "The certificate has a DSA key, which SSL does not allow.");
        } else if (key instanceof ECKey) {
            String curve = KeyDescription.curveName(key).orElse("an unnamed curve");
            if (!WEB_CURVES.contains(curve)) {
                findings.add(i, FindingCode.DISALLOWED_KEY_TYPE, "The certificate's key is on " + curve
                        + "; SSL allows only P-256, P-384 and P-521.");
            }
        } else if (!(key instanceof RSAKey) && !isEd25519(c)) {
            findings.add(i, FindingCode.DISALLOWED_KEY_TYPE, "The certificate's " + KeyDescription.describe(key)
                    + " key is not allowed for SSL.");
        }
    }

    private static boolean isEd25519(CertInfo c) {
        return c.tbs.getSubjectPublicKeyInfo().getAlgorithm().getAlgorithm().equals(EdECObjectIdentifiers.id_Ed25519);
    }
}
