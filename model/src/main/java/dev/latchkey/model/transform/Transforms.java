package dev.latchkey.model.transform;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.transform.AsymmetricCipher;
import dev.latchkey.crypto.transform.SignatureScheme;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.CryptoErrors;
import java.security.PrivateKey;
import java.security.PublicKey;

/** Security Transforms with keys (architecture §1): sign, verify, encrypt and decrypt, the scheme chosen by the key's type. */
public final class Transforms {
    private Transforms() {
    }

    public static byte[] sign(PrivateKey key, byte[] message) throws LatchkeyException {
        try {
            return SignatureScheme.forKey(key).sign(key, message);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    public static boolean verify(PublicKey key, byte[] message, byte[] signature) throws LatchkeyException {
        try {
            return SignatureScheme.forKey(key).verify(key, message, signature);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    public static byte[] encrypt(PublicKey key, byte[] plaintext) throws LatchkeyException {
        try {
            return AsymmetricCipher.forKey(key).encrypt(key, plaintext);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    public static byte[] decrypt(PrivateKey key, byte[] ciphertext) throws LatchkeyException {
        try {
            return AsymmetricCipher.forKey(key).decrypt(key, ciphertext);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }
}
