package dev.latchkey.crypto.transform;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.random.Randoms;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;

/**
 * The raw signatures of {@code latchkey sign|verify}, one per key type: RSASSA-PSS with SHA-256
 * (MGF1-SHA-256, 32-byte salt), ECDSA with SHA-256 (DER-encoded, as openssl writes it), and
 * Ed25519 over the message itself.
 */
public enum SignatureScheme {
    RSA_PSS("rsa-pss-sha256"), ECDSA("ecdsa-sha256"), ED25519("ed25519");

    private final String cliName;

    SignatureScheme(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    /** The scheme for a key: its type decides. */
    public static SignatureScheme forKey(Key key) throws UnsupportedFormatException {
        return switch (key.getAlgorithm()) {
            case "RSA", "RSASSA-PSS" -> RSA_PSS;
            case "EC", "ECDSA" -> ECDSA;
            case "Ed25519", "EdDSA" -> ED25519;
            default -> throw new UnsupportedFormatException("A " + key.getAlgorithm() + " key cannot sign here; "
                    + "use an RSA, EC or Ed25519 key.");
        };
    }

    public byte[] sign(PrivateKey key, byte[] message) throws CryptoException {
        try {
            Signature signature = engine();
            signature.initSign(key, Randoms.secureRandom());
            signature.update(message);
            return signature.sign();
        } catch (InvalidKeyException e) {
            throw new UnsupportedFormatException("The key does not fit " + cliName + ".");
        } catch (GeneralSecurityException e) {
            throw new CryptoException("The message cannot be signed: " + e.getMessage(), e);
        }
    }

    /** True when {@code signature} is this scheme's valid signature of {@code message}; false for garbage too. */
    public boolean verify(PublicKey key, byte[] message, byte[] signature) throws CryptoException {
        try {
            Signature engine = engine();
            engine.initVerify(key);
            engine.update(message);
            return engine.verify(signature);
        } catch (InvalidKeyException e) {
            throw new UnsupportedFormatException("The key does not fit " + cliName + ".");
        } catch (SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new CryptoException("The signature cannot be checked: " + e.getMessage(), e);
        }
    }

    private Signature engine() throws GeneralSecurityException {
        return switch (this) {
            case RSA_PSS -> {
                Signature s = Signature.getInstance("RSASSA-PSS", BouncyCastle.provider());
                s.setParameter(new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1));
                yield s;
            }
            case ECDSA -> Signature.getInstance("SHA256withECDSA", BouncyCastle.provider());
            case ED25519 -> Signature.getInstance("Ed25519", BouncyCastle.provider());
        };
    }
}
