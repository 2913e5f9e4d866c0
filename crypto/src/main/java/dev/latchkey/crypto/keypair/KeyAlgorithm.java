package dev.latchkey.crypto.keypair;

import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.random.Randoms;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Optional;

/**
 * The key pairs Latchkey creates, each knowing its JCA name, size, curve and the signature
 * algorithm a certificate signed by it uses.
 */
public enum KeyAlgorithm {
    RSA_2048("RSA", 2048, null, "SHA256withRSA", "RSA 2048-bit"),
    RSA_3072("RSA", 3072, null, "SHA256withRSA", "RSA 3072-bit"),
    RSA_4096("RSA", 4096, null, "SHA256withRSA", "RSA 4096-bit"),
    EC_P256("EC", 256, "P-256", "SHA256withECDSA", "ECC P-256"),
    EC_P384("EC", 384, "P-384", "SHA384withECDSA", "ECC P-384"),
    EC_P521("EC", 521, "P-521", "SHA512withECDSA", "ECC P-521"),
    ED25519("Ed25519", 256, null, "Ed25519", "Ed25519");

    private final String jcaName;
    private final int bits;
    private final String curve;
    private final String signatureAlgorithm;
    private final String displayName;

    KeyAlgorithm(String jcaName, int bits, String curve, String signatureAlgorithm, String displayName) {
        this.jcaName = jcaName;
        this.bits = bits;
        this.curve = curve;
        this.signatureAlgorithm = signatureAlgorithm;
        this.displayName = displayName;
    }

    /** The JCA key algorithm: RSA, EC or Ed25519. */
    public String jcaName() {
        return jcaName;
    }

    /** Modulus size for RSA, field size for EC, 256 for Ed25519. */
    public int bits() {
        return bits;
    }

    /** The NIST curve name for EC, empty otherwise. */
    public Optional<String> curve() {
        return Optional.ofNullable(curve);
    }

    /** The JCA signature algorithm used when this key signs a certificate or request. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public String displayName() {
        return displayName;
    }

    public KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(jcaName, BouncyCastle.provider());
            if (curve != null) {
                generator.initialize(new ECGenParameterSpec(curve), Randoms.secureRandom());
            } else if (this != ED25519) {
                generator.initialize(bits, Randoms.secureRandom());
            } else {
                generator.initialize(255, Randoms.secureRandom());
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle cannot generate " + displayName, e);
        }
    }

    /** The entry describing {@code key}, when it is one Latchkey creates. */
    public static Optional<KeyAlgorithm> of(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            int size = rsa.getModulus().bitLength();
            for (KeyAlgorithm a : values()) {
                if (a.jcaName.equals("RSA") && a.bits == size) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
        if (key instanceof ECPublicKey ec) {
            int size = ec.getParams().getCurve().getField().getFieldSize();
            String name = KeyDescription.curveName(key).orElse("");
            for (KeyAlgorithm a : values()) {
                if (a.curve != null && a.bits == size && a.curve.equals(name)) {
                    return Optional.of(a);
                }
            }
            return Optional.empty();
        }
        if (KeyDescription.describe(key).equals("Ed25519")) {
            return Optional.of(ED25519);
        }
        return Optional.empty();
    }
}
