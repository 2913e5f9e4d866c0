package dev.latchkey.crypto.keypair;

import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.random.Randoms;
import java.io.IOException;
import java.security.PrivateKey;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfoBuilder;

/** Private keys out as PKCS#8: plain, or encrypted with PBES2 (PBKDF2-HMAC-SHA-256, AES-256-CBC). */
public final class PrivateKeyWriter {
    /** PBKDF2 iterations for exported keys: far above OpenSSL's 2048, still quick to open. */
    public static final int PBKDF2_ITERATIONS = 100_000;

    private PrivateKeyWriter() {
    }

    /** Plain PKCS#8 DER; the caller wipes the array. */
    public static byte[] pkcs8(PrivateKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new IllegalArgumentException("the key cannot be exported");
        }
        return encoded;
    }

    /** EncryptedPrivateKeyInfo DER under PBES2 with AES-256-CBC and a random salt and IV. */
    public static byte[] encryptedPkcs8(PrivateKey key, char[] passphrase) {
        byte[] plain = pkcs8(key);
        try {
            return new PKCS8EncryptedPrivateKeyInfoBuilder(PrivateKeyInfo.getInstance(plain))
                    .build(pbes2Aes256(passphrase)).getEncoded();
        } catch (IOException e) {
            throw new IllegalStateException("encoding an encrypted key failed", e);
        } finally {
            dev.latchkey.crypto.secret.Wipe.bytes(plain);
        }
    }

    /** The PBES2/AES-256-CBC/HMAC-SHA-256 encryptor shared with PKCS#12 key bags. */
    public static OutputEncryptor pbes2Aes256(char[] passphrase) {
        try {
            return new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                    .setProvider(BouncyCastle.provider())
                    .setPRF(PKCS8Generator.PRF_HMACSHA256)
                    .setIterationCount(PBKDF2_ITERATIONS)
                    .setRandom(Randoms.secureRandom())
                    .setPassword(passphrase)
                    .build();
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("Bouncy Castle has no PBES2/AES-256", e);
        }
    }
}
