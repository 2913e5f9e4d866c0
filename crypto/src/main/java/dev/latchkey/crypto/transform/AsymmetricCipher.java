package dev.latchkey.crypto.transform;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.secret.Wipe;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.security.spec.MGF1ParameterSpec;
import java.util.Arrays;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.KDF2BytesGenerator;
import org.bouncycastle.crypto.params.KDFParameters;
import org.bouncycastle.jce.spec.ECParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * The encrypt/decrypt transforms with a key pair. RSA keys use RSAES-OAEP with SHA-256 and
 * MGF1-SHA-256 (openssl's {@code pkeyutl -pkeyopt rsa_padding_mode:oaep -pkeyopt rsa_oaep_md:sha256}).
 * EC keys use ECIES laid out like Apple's "standard variable-IV X9.63 SHA-256 AES-GCM": an
 * ephemeral key on the recipient's curve, ECDH, the ANSI X9.63 KDF with SHA-256 over the shared
 * secret with the ephemeral public key as shared info, giving an AES key (16 bytes up to P-256,
 * 32 above) and a 16-byte IV; output = ephemeral point (uncompressed) ‖ ciphertext ‖ 16-byte tag.
 */
public enum AsymmetricCipher {
    RSA_OAEP("rsa-oaep-sha256"), ECIES("ecies-x963-sha256-aesgcm");

    private static final int IV = 16;
    private static final int TAG = 16;
    private final String cliName;

    AsymmetricCipher(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static AsymmetricCipher forKey(java.security.Key key) throws UnsupportedFormatException {
        return switch (key.getAlgorithm()) {
            case "RSA" -> RSA_OAEP;
            case "EC", "ECDSA", "ECDH" -> ECIES;
            default -> throw new UnsupportedFormatException("A " + key.getAlgorithm() + " key cannot encrypt; use an "
                    + "RSA or EC key.");
        };
    }

    public byte[] encrypt(PublicKey key, byte[] plaintext) throws CryptoException {
        try {
            if (this == RSA_OAEP) {
                int max = ((RSAKey) key).getModulus().bitLength() / 8 - 2 * 32 - 2;
                if (plaintext.length > max) {
                    throw new UnsupportedFormatException("RSA-OAEP with this key encrypts at most " + max
                            + " bytes; use `latchkey cms encrypt` for longer data.");
                }
                Cipher cipher = oaep();
                cipher.init(Cipher.ENCRYPT_MODE, key, oaepSpec(), Randoms.secureRandom());
                return cipher.doFinal(plaintext);
            }
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.provider());
            generator.initialize(params(key), Randoms.secureRandom());
            KeyPair ephemeral = generator.generateKeyPair();
            byte[] point = ((org.bouncycastle.jce.interfaces.ECPublicKey) ephemeral.getPublic()).getQ()
                    .getEncoded(false);
            byte[] sealed = gcm(Cipher.ENCRYPT_MODE, ephemeral.getPrivate(), key, point, plaintext);
            byte[] out = Arrays.copyOf(point, point.length + sealed.length);
            System.arraycopy(sealed, 0, out, point.length, sealed.length);
            return out;
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new UnsupportedFormatException("The key cannot encrypt with " + cliName + ".");
        }
    }

    public byte[] decrypt(PrivateKey key, byte[] ciphertext) throws CryptoException {
        try {
            if (this == RSA_OAEP) {
                Cipher cipher = oaep();
                cipher.init(Cipher.DECRYPT_MODE, key, oaepSpec());
                return cipher.doFinal(ciphertext);
            }
            ECParameterSpec params = params(key);
            int pointLength = 1 + 2 * ((params.getCurve().getFieldSize() + 7) / 8);
            if (ciphertext.length < pointLength + TAG || ciphertext[0] != 4) {
                throw new DecodeException("The data is not an ECIES ciphertext for this key.");
            }
            byte[] point = Arrays.copyOf(ciphertext, pointLength);
            PublicKey ephemeral = KeyFactory.getInstance("EC", BouncyCastle.provider())
                    .generatePublic(new ECPublicKeySpec(params.getCurve().decodePoint(point), params));
            return gcm(Cipher.DECRYPT_MODE, key, ephemeral, point,
                    Arrays.copyOfRange(ciphertext, pointLength, ciphertext.length));
        } catch (BadPaddingException e) {
            throw new DecodeException("The data cannot be decrypted with this key.", e);
        } catch (IllegalArgumentException e) {
            throw new DecodeException("The data is not an ECIES ciphertext for this key.", e);
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new UnsupportedFormatException("The key cannot decrypt with " + cliName + ".");
        }
    }

    /** ECDH, the X9.63 KDF, then AES-GCM one way or the other. */
    private static byte[] gcm(int mode, PrivateKey ours, PublicKey theirs, byte[] ephemeralPoint, byte[] input)
            throws GeneralSecurityException {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH", BouncyCastle.provider());
        agreement.init(ours);
        agreement.doPhase(theirs, true);
        byte[] shared = agreement.generateSecret();
        int keyLength = params(ours).getCurve().getFieldSize() <= 256 ? 16 : 32;
        byte[] derived = new byte[keyLength + IV];
        try {
            KDF2BytesGenerator kdf = new KDF2BytesGenerator(new SHA256Digest());
            kdf.init(new KDFParameters(shared, ephemeralPoint));
            kdf.generateBytes(derived, 0, derived.length);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(derived, 0, keyLength, "AES"),
                    new GCMParameterSpec(TAG * 8, derived, keyLength, IV));
            return cipher.doFinal(input);
        } finally {
            Wipe.bytes(shared, derived);
        }
    }

    private static ECParameterSpec params(java.security.Key key) throws GeneralSecurityException {
        java.security.Key bc = KeyFactory.getInstance("EC", BouncyCastle.provider()).translateKey(key);
        return ((org.bouncycastle.jce.interfaces.ECKey) bc).getParameters();
    }

    private static Cipher oaep() throws GeneralSecurityException {
        return Cipher.getInstance("RSA/NONE/OAEPPadding", BouncyCastle.provider());
    }

    private static OAEPParameterSpec oaepSpec() {
        return new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    }
}
