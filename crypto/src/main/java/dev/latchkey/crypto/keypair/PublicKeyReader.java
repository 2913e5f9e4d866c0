package dev.latchkey.crypto.keypair;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.provider.BouncyCastle;
import java.io.IOException;
import java.security.PublicKey;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/** Public keys: X.509 SubjectPublicKeyInfo ("PUBLIC KEY") and PKCS#1 ("RSA PUBLIC KEY"). */
public final class PublicKeyReader {
    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter().setProvider(BouncyCastle.provider());

    private PublicKeyReader() {
    }

    public static PublicKey subjectPublicKeyInfo(byte[] der) throws DecodeException, UnsupportedFormatException {
        SubjectPublicKeyInfo info;
        try {
            info = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid public key.", e);
        }
        return convert(info);
    }

    public static PublicKey pkcs1Rsa(byte[] der) throws DecodeException, UnsupportedFormatException {
        SubjectPublicKeyInfo info;
        try {
            RSAPublicKey key = RSAPublicKey.getInstance(ASN1Primitive.fromByteArray(der));
            info = new SubjectPublicKeyInfo(
                    new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE), key);
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid RSA public key.", e);
        }
        return convert(info);
    }

    private static PublicKey convert(SubjectPublicKeyInfo info) throws UnsupportedFormatException, DecodeException {
        try {
            return CONVERTER.getPublicKey(info);
        } catch (PEMException e) {
            if (PrivateKeyReader.hasCause(e, java.security.NoSuchAlgorithmException.class)) {
                throw new UnsupportedFormatException("Public keys of type "
                        + info.getAlgorithm().getAlgorithm().getId() + " are not supported.", e);
            }
            throw new DecodeException("The public key is invalid.", e);
        } catch (RuntimeException e) {
            throw new DecodeException("The public key is damaged.", e);
        }
    }
}
