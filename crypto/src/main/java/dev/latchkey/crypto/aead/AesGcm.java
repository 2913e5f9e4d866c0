package dev.latchkey.crypto.aead;

import dev.latchkey.crypto.AuthenticationFailedException;
import dev.latchkey.crypto.random.Randoms;
import java.security.GeneralSecurityException;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM through JCA (hardware accelerated). A sealed box is
 * {@code nonce (12) ‖ ciphertext ‖ tag (16)}; the nonce is random for every seal.
 */
public final class AesGcm {
    public static final int NONCE_LENGTH = 12;
    public static final int TAG_LENGTH = 16;
    public static final int OVERHEAD = NONCE_LENGTH + TAG_LENGTH;

    // Cipher objects are costly to create and not thread-safe: one per thread.
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no AES/GCM", e);
        }
    });

    private AesGcm() {
    }

    public static byte[] seal(AeadKey key, byte[] plaintext, byte[] associatedData) {
        return seal(CIPHER.get(), key, Randoms.bytes(NONCE_LENGTH), plaintext, associatedData);
    }

    /**
     * Explicit-nonce variant for known-answer tests; production code always takes a random one.
     * Uses a fresh Cipher because JCA refuses a repeated key and nonce on one instance.
     */
    static byte[] seal(AeadKey key, byte[] nonce, byte[] plaintext, byte[] associatedData)
            throws GeneralSecurityException {
        return seal(Cipher.getInstance("AES/GCM/NoPadding"), key, nonce, plaintext, associatedData);
    }

    private static byte[] seal(Cipher cipher, AeadKey key, byte[] nonce, byte[] plaintext,
            byte[] associatedData) {
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key.spec(), new GCMParameterSpec(TAG_LENGTH * 8, nonce));
            if (associatedData != null && associatedData.length > 0) {
                cipher.updateAAD(associatedData);
            }
            byte[] out = new byte[NONCE_LENGTH + cipher.getOutputSize(plaintext.length)];
            System.arraycopy(nonce, 0, out, 0, NONCE_LENGTH);
            cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_LENGTH);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Opens a sealed box. Any change to the box or the associated data, or the wrong key,
     * gives {@link AuthenticationFailedException} and no plaintext.
     */
    public static byte[] open(AeadKey key, byte[] box, byte[] associatedData)
            throws AuthenticationFailedException {
        if (box == null || box.length < OVERHEAD) {
            throw new AuthenticationFailedException("sealed data is truncated");
        }
        Cipher cipher = CIPHER.get();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key.spec(),
                    new GCMParameterSpec(TAG_LENGTH * 8, box, 0, NONCE_LENGTH));
            if (associatedData != null && associatedData.length > 0) {
                cipher.updateAAD(associatedData);
            }
            return cipher.doFinal(box, NONCE_LENGTH, box.length - NONCE_LENGTH);
        } catch (AEADBadTagException e) {
            throw new AuthenticationFailedException("authentication tag mismatch");
        } catch (GeneralSecurityException e) {
            throw new AuthenticationFailedException("sealed data is malformed");
        }
    }
}
