package dev.latchkey.crypto.pbe;

import dev.latchkey.crypto.provider.BouncyCastle;
import java.io.InputStream;
import java.util.Map;
import java.util.function.Supplier;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.BufferedBlockCipher;
import org.bouncycastle.crypto.CipherParameters;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.generators.PKCS5S2ParametersGenerator;
import org.bouncycastle.crypto.io.CipherInputStream;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.paddings.PaddedBufferedBlockCipher;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;
import org.bouncycastle.operator.InputDecryptor;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.pkcs.jcajce.JcePKCSPBEInputDecryptorProviderBuilder;

/**
 * Password-based decryption for PKCS#8 and PKCS#12 (PBES1, PBES2 and the PKCS#12 PBEs) that
 * also opens what an empty password protects: Bouncy Castle's JCA path refuses PBES2 with an
 * empty password, and OpenSSL turns "" into the bytes 00 00 for the PKCS#12 PBEs.
 */
public final class PbeDecryption implements InputDecryptorProvider {
    private static final Map<ASN1ObjectIdentifier, Supplier<BlockCipher>> PBES2_CIPHERS = Map.of(
            NISTObjectIdentifiers.id_aes128_CBC, AESEngine::newInstance,
            NISTObjectIdentifiers.id_aes192_CBC, AESEngine::newInstance,
            NISTObjectIdentifiers.id_aes256_CBC, AESEngine::newInstance,
            PKCSObjectIdentifiers.des_EDE3_CBC, DESedeEngine::new);
    private static final Map<ASN1ObjectIdentifier, Integer> KEY_BYTES = Map.of(
            NISTObjectIdentifiers.id_aes128_CBC, 16, NISTObjectIdentifiers.id_aes192_CBC, 24,
            NISTObjectIdentifiers.id_aes256_CBC, 32, PKCSObjectIdentifiers.des_EDE3_CBC, 24);

    private final char[] password;
    private final boolean bmpEmptyPassword;

    /**
     * @param password         not copied; the caller keeps and wipes it
     * @param bmpEmptyPassword the empty password is encoded as 00 00 (OpenSSL) rather than as no bytes
     */
    public PbeDecryption(char[] password, boolean bmpEmptyPassword) {
        this.password = password;
        this.bmpEmptyPassword = bmpEmptyPassword;
    }

    @Override
    public InputDecryptor get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        boolean pbes2 = PKCSObjectIdentifiers.id_PBES2.equals(algorithm.getAlgorithm());
        if (pbes2 && password.length == 0) {
            return emptyPasswordPbes2(algorithm);
        }
        if (bmpEmptyPassword && !pbes2) {
            return new JcePKCSPBEInputDecryptorProviderBuilder().setProvider(BouncyCastle.provider())
                    .setTryWrongPKCS12Zero(true).build(password).get(algorithm);
        }
        return new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(BouncyCastle.provider())
                .build(password).get(algorithm);
    }

    private static InputDecryptor emptyPasswordPbes2(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        PBES2Parameters params = PBES2Parameters.getInstance(algorithm.getParameters());
        ASN1ObjectIdentifier cipherOid = params.getEncryptionScheme().getAlgorithm();
        if (!PKCSObjectIdentifiers.id_PBKDF2.equals(params.getKeyDerivationFunc().getAlgorithm())
                || !PBES2_CIPHERS.containsKey(cipherOid)) {
            throw new OperatorCreationException("unsupported PBES2 scheme " + cipherOid.getId());
        }
        PBKDF2Params kdf = PBKDF2Params.getInstance(params.getKeyDerivationFunc().getParameters());
        PKCS5S2ParametersGenerator generator = new PKCS5S2ParametersGenerator(
                BcDefaultDigestProvider.INSTANCE.get(digestOf(kdf.getPrf())));
        generator.init(new byte[0], kdf.getSalt(), kdf.getIterationCount().intValueExact());
        KeyParameter key = (KeyParameter) generator.generateDerivedParameters(KEY_BYTES.get(cipherOid) * 8);
        byte[] iv = ASN1OctetString.getInstance(params.getEncryptionScheme().getParameters()).getOctets();
        CipherParameters keyAndIv = new ParametersWithIV(key, iv);
        BufferedBlockCipher cipher = new PaddedBufferedBlockCipher(
                CBCBlockCipher.newInstance(PBES2_CIPHERS.get(cipherOid).get()));
        cipher.init(false, keyAndIv);
        return new InputDecryptor() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public InputStream getInputStream(InputStream encrypted) {
                return new CipherInputStream(encrypted, cipher);
            }
        };
    }

    /** The digest behind an HMAC PRF (hmacWithSHA256 → SHA-256). */
    private static AlgorithmIdentifier digestOf(AlgorithmIdentifier prf) throws OperatorCreationException {
        ASN1ObjectIdentifier oid = prf.getAlgorithm();
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA1)) {
            return new AlgorithmIdentifier(org.bouncycastle.asn1.oiw.OIWObjectIdentifiers.idSHA1);
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA256)) {
            return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256);
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA384)) {
            return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha384);
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA512)) {
            return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha512);
        }
        if (oid.equals(PKCSObjectIdentifiers.id_hmacWithSHA224)) {
            return new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha224);
        }
        throw new OperatorCreationException("unsupported PBKDF2 PRF " + oid.getId());
    }
}
