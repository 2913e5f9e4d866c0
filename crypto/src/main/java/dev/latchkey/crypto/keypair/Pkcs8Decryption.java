package dev.latchkey.crypto.keypair;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.PassphraseRequiredException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.pbe.PbeDecryption;
import java.io.IOException;
import java.util.Set;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/** Opens an EncryptedPrivateKeyInfo; the same code serves PKCS#8 files and PKCS#12 key bags. */
public final class Pkcs8Decryption {
    private static final Set<ASN1ObjectIdentifier> SCHEMES = Set.of(
            PKCSObjectIdentifiers.id_PBES2,
            PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC4,
            PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC4,
            PKCSObjectIdentifiers.pbeWithSHAAnd3_KeyTripleDES_CBC,
            PKCSObjectIdentifiers.pbeWithSHAAnd2_KeyTripleDES_CBC,
            PKCSObjectIdentifiers.pbeWithSHAAnd128BitRC2_CBC,
            PKCSObjectIdentifiers.pbeWithSHAAnd40BitRC2_CBC,
            PKCSObjectIdentifiers.pbeWithMD5AndDES_CBC,
            PKCSObjectIdentifiers.pbeWithMD5AndRC2_CBC,
            PKCSObjectIdentifiers.pbeWithSHA1AndDES_CBC,
            PKCSObjectIdentifiers.pbeWithSHA1AndRC2_CBC);

    private Pkcs8Decryption() {
    }

    public static PrivateKeyInfo decrypt(byte[] der, char[] passphrase) throws DecodeException,
            UnsupportedFormatException, WrongPassphraseException, PassphraseRequiredException {
        EncryptedPrivateKeyInfo info;
        try {
            info = EncryptedPrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid encrypted private key.", e);
        }
        return decrypt(info, passphrase);
    }

    public static PrivateKeyInfo decrypt(EncryptedPrivateKeyInfo info, char[] passphrase)
            throws UnsupportedFormatException, WrongPassphraseException, PassphraseRequiredException {
        return decrypt(info, passphrase, false);
    }

    /**
     * @param bmpEmptyPassword an empty passphrase stands for the PKCS#12 bytes 00 00 (as OpenSSL
     *                         writes it) rather than for no bytes
     */
    public static PrivateKeyInfo decrypt(EncryptedPrivateKeyInfo info, char[] passphrase, boolean bmpEmptyPassword)
            throws UnsupportedFormatException, WrongPassphraseException, PassphraseRequiredException {
        ASN1ObjectIdentifier scheme = info.getEncryptionAlgorithm().getAlgorithm();
        if (!SCHEMES.contains(scheme)) {
            throw new UnsupportedFormatException("The private key is encrypted with an unknown scheme ("
                    + scheme.getId() + ").");
        }
        if (passphrase == null) {
            throw new PassphraseRequiredException("The private key is encrypted; a passphrase is needed.");
        }
        try {
            return new PKCS8EncryptedPrivateKeyInfo(info).decryptPrivateKeyInfo(
                    new PbeDecryption(passphrase, bmpEmptyPassword));
        } catch (PKCSException e) {
            if (e.getCause() instanceof OperatorCreationException) {
                throw new UnsupportedFormatException("The private key's encryption (" + scheme.getId()
                        + ") is not supported.", e);
            }
            throw new WrongPassphraseException("The passphrase does not decrypt the private key.", e);
        }
    }
}
