package dev.latchkey.crypto.bitwarden;

import dev.latchkey.crypto.AuthenticationFailedException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.kdf.Argon2id;
import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.kdf.KdfPolicyException;
import dev.latchkey.crypto.secret.Wipe;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * Opens a Bitwarden "password protected" export: the file password stretched with PBKDF2-SHA256
 * or Argon2id (over the SHA-256 of the salt text), expanded by HKDF into an AES-256-CBC key and
 * an HMAC-SHA256 key, and each value an "encrypted string" {@code 2.iv|ciphertext|mac}.
 */
public final class BitwardenEncryptedExport implements AutoCloseable {
    /** The kdfType values of the export. */
    public static final int PBKDF2_SHA256 = 0;
    public static final int ARGON2ID = 1;

    private final byte[] encryptionKey;
    private final byte[] macKey;

    private BitwardenEncryptedExport(byte[] encryptionKey, byte[] macKey) {
        this.encryptionKey = encryptionKey;
        this.macKey = macKey;
    }

    /**
     * Derives the keys from the file password and the export's KDF settings; checks them on
     * the export's validation string, so a wrong password fails here.
     *
     * @param memoryMiB and parallelism are used by Argon2id only
     */
    public static BitwardenEncryptedExport open(char[] password, String salt, int kdfType, int iterations,
            int memoryMiB, int parallelism, String validation)
            throws WrongPassphraseException, DecodeException, KdfPolicyException {
        byte[] pw = utf8(password);
        byte[] master = null;
        try {
            byte[] saltBytes = salt.getBytes(StandardCharsets.UTF_8);
            if (kdfType == PBKDF2_SHA256) {
                if (iterations < 1 || iterations > 10_000_000) {
                    throw new DecodeException("the export's PBKDF2 iteration count is out of range");
                }
                PKCS5S2ParametersGenerator pbkdf2 = new PKCS5S2ParametersGenerator(new SHA256Digest());
                pbkdf2.init(pw, saltBytes, iterations);
                master = ((KeyParameter) pbkdf2.generateDerivedParameters(256)).getKey();
            } else if (kdfType == ARGON2ID) {
                if (iterations < 1 || memoryMiB < 1 || parallelism < 1 || memoryMiB > 1024 * 1024) {
                    throw new DecodeException("the export's Argon2id settings are out of range");
                }
                byte[] saltHash = MessageDigest.getInstance("SHA-256").digest(saltBytes);
                master = Argon2id.deriveForeign(pw, saltHash,
                        new KdfParameters(memoryMiB * 1024, iterations, parallelism), 32);
            } else {
                throw new DecodeException("the export uses an unknown key derivation (kdfType " + kdfType + ")");
            }
            BitwardenEncryptedExport keys = new BitwardenEncryptedExport(expand(master, "enc"), expand(master, "mac"));
            try {
                Wipe.bytes(keys.decrypt(validation));
            } catch (AuthenticationFailedException e) {
                keys.close();
                throw new WrongPassphraseException("the password does not open this Bitwarden export");
            }
            return keys;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        } finally {
            Wipe.bytes(pw, master);
        }
    }

    /** Decrypts one encrypted string; the caller wipes the result. */
    public byte[] decrypt(String encryptedString) throws AuthenticationFailedException, DecodeException {
        String text = encryptedString.strip();
        int dot = text.indexOf('.');
        String[] parts = text.substring(dot + 1).split("\\|");
        if (dot < 0 || !text.substring(0, dot).equals("2") || parts.length != 3) {
            throw new DecodeException("not a Bitwarden encrypted string of type 2 (AES-CBC with HMAC)");
        }
        byte[] iv;
        byte[] ciphertext;
        byte[] mac;
        try {
            iv = Base64.getDecoder().decode(parts[0]);
            ciphertext = Base64.getDecoder().decode(parts[1]);
            mac = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("an encrypted string is not valid Base64");
        }
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            hmac.update(iv);
            if (!MessageDigest.isEqual(hmac.doFinal(ciphertext), mac)) {
                throw new AuthenticationFailedException("an encrypted string failed its integrity check");
            }
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"), new IvParameterSpec(iv));
            return aes.doFinal(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new DecodeException("an encrypted string could not be decrypted");
        }
    }

    private static byte[] expand(byte[] key, String info) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(HKDFParameters.skipExtractParameters(key, info.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[32];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }

    private static byte[] utf8(char[] chars) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = Arrays.copyOf(b.array(), b.limit());
        Wipe.bytes(b.array());
        return out;
    }

    @Override
    public void close() {
        Wipe.bytes(encryptionKey, macKey);
    }

    @Override
    public String toString() {
        return "BitwardenEncryptedExport";
    }
}
