package dev.latchkey.crypto.exchange;

import dev.latchkey.crypto.kdf.Hkdf;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.secret.Wipe;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.DHParameterSpec;
import javax.crypto.spec.DHPublicKeySpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.crypto.interfaces.DHPublicKey;

/**
 * The Secret Service's encrypted transport, {@code dh-ietf1024-sha256-aes128-cbc-pkcs7}: a
 * Diffie-Hellman exchange in the 1024-bit MODP group of RFC 2409 (the "second Oakley group",
 * generator 2), the shared secret (padded to the group's size) through HKDF-SHA256 without
 * salt or info to a 16-byte key, and each secret sealed with AES-128-CBC and PKCS#7 padding
 * under a fresh random IV. It only keeps secrets off the bus in clear; the bus itself is
 * already private to the user. Close to wipe the key.
 */
public final class DhAesTransport implements AutoCloseable {
    /** The algorithm's name in OpenSession, as the specification and its clients spell it. */
    public static final String ALGORITHM = "dh-ietf1024-sha256-aes128-cbc-pkcs7";
    /** RFC 2409 §6.2, the second Oakley group. */
    static final BigInteger PRIME = new BigInteger(
            "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
            + "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
            + "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF", 16);
    static final BigInteger GENERATOR = BigInteger.TWO;
    static final int PRIME_BYTES = 128;
    private static final int KEY_BYTES = 16;
    private static final int IV_BYTES = 16;

    /** A sealed secret: the IV goes in the Secret struct's parameters, the ciphertext in its value. */
    public record Sealed(byte[] iv, byte[] ciphertext) {
    }

    private final byte[] publicKey;
    private final byte[] key;
    private boolean closed;

    private DhAesTransport(byte[] publicKey, byte[] key) {
        this.publicKey = publicKey;
        this.key = key;
    }

    /**
     * Answers a client's public value with a new key pair of our own and derives the shared key.
     *
     * @throws IllegalArgumentException when {@code peerPublic} is not a usable public value of
     *     the group (empty, too long, 0, 1, p-1 or beyond)
     */
    public static DhAesTransport answer(byte[] peerPublic) {
        if (peerPublic.length == 0 || peerPublic.length > PRIME_BYTES + 1) {
            throw new IllegalArgumentException("the client's public value is " + peerPublic.length + " bytes long");
        }
        BigInteger y = new BigInteger(1, peerPublic);
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(PRIME.subtract(BigInteger.ONE)) >= 0) {
            throw new IllegalArgumentException("the client's public value is outside the group");
        }
        byte[] shared = null;
        try {
            DHParameterSpec group = new DHParameterSpec(PRIME, GENERATOR);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("DH");
            generator.initialize(group, Randoms.secureRandom());
            KeyPair ours = generator.generateKeyPair();
            PublicKey theirs = KeyFactory.getInstance("DH").generatePublic(new DHPublicKeySpec(y, PRIME, GENERATOR));
            KeyAgreement agreement = KeyAgreement.getInstance("DH");
            agreement.init(ours.getPrivate());
            agreement.doPhase(theirs, true);
            shared = toGroupSize(agreement.generateSecret());
            byte[] key = Hkdf.derive(shared, null, new byte[0], KEY_BYTES);
            return new DhAesTransport(toGroupSize(((DHPublicKey) ours.getPublic()).getY().toByteArray()), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Diffie-Hellman is not available in this Java runtime", e);
        } finally {
            Wipe.bytes(shared);
        }
    }

    /** Our public value, to send back to the client (big-endian, the group's size). */
    public byte[] publicKey() {
        return publicKey.clone();
    }

    public synchronized Sealed seal(byte[] plaintext) {
        requireOpen();
        byte[] iv = Randoms.bytes(IV_BYTES);
        try {
            return new Sealed(iv, cipher(Cipher.ENCRYPT_MODE, iv).doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CBC is not available in this Java runtime", e);
        }
    }

    /**
     * The client's secret in clear; the caller wipes it.
     *
     * @throws IllegalArgumentException when the IV or padding is wrong (a client using another key)
     */
    public synchronized byte[] open(byte[] iv, byte[] ciphertext) {
        requireOpen();
        if (iv.length != IV_BYTES || ciphertext.length == 0 || ciphertext.length % 16 != 0) {
            throw new IllegalArgumentException("the secret is not AES-128-CBC with a 16-byte IV");
        }
        try {
            return cipher(Cipher.DECRYPT_MODE, iv).doFinal(ciphertext);
        } catch (javax.crypto.BadPaddingException | javax.crypto.IllegalBlockSizeException e) {
            throw new IllegalArgumentException("the secret does not decrypt with this session's key");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-CBC is not available in this Java runtime", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/CBC/PKCS5Padding");
        c.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
        return c;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("the session is closed");
        }
    }

    /**
     * A group element as the peers write and hash it: unsigned big-endian, left-padded to the
     * group's size. Wipes {@code value}.
     */
    static byte[] toGroupSize(byte[] value) {
        byte[] out = new byte[PRIME_BYTES];
        int length = Math.min(value.length, PRIME_BYTES);
        System.arraycopy(value, value.length - length, out, PRIME_BYTES - length, length);
        Wipe.bytes(value);
        return out;
    }

    @Override
    public synchronized void close() {
        closed = true;
        Arrays.fill(key, (byte) 0);
    }
}
