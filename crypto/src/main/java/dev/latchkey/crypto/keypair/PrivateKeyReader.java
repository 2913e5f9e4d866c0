package dev.latchkey.crypto.keypair;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.PassphraseRequiredException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.secret.Wipe;
import java.io.IOException;
import java.security.PrivateKey;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.DSAParameter;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;

/**
 * Private keys in every common encoding: PKCS#8 (plain or encrypted, see {@link Pkcs8Decryption}),
 * and OpenSSL's traditional forms — PKCS#1 RSA, SEC 1 EC and DSA — plain or with the
 * {@code Proc-Type/DEK-Info} PEM encryption.
 */
public final class PrivateKeyReader {
    private static final JcaPEMKeyConverter CONVERTER = new JcaPEMKeyConverter().setProvider(BouncyCastle.provider());

    /** The traditional encodings, named by their PEM labels. */
    public enum Traditional {
        RSA, EC, DSA;

        public static Traditional ofPemLabel(String label) {
            return switch (label) {
                case "RSA PRIVATE KEY" -> RSA;
                case "EC PRIVATE KEY" -> EC;
                case "DSA PRIVATE KEY" -> DSA;
                default -> null;
            };
        }
    }

    private PrivateKeyReader() {
    }

    /** A PKCS#8 PrivateKeyInfo. */
    public static PrivateKey pkcs8(byte[] der) throws DecodeException, UnsupportedFormatException {
        PrivateKeyInfo info;
        try {
            info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid PKCS#8 private key.", e);
        }
        return convert(info);
    }

    /** An encrypted PKCS#8 EncryptedPrivateKeyInfo (PBES2, PKCS#12 PBE or PBES1). */
    public static PrivateKey encryptedPkcs8(byte[] der, char[] passphrase) throws DecodeException,
            UnsupportedFormatException, WrongPassphraseException, PassphraseRequiredException {
        return convert(Pkcs8Decryption.decrypt(der, passphrase));
    }

    /** A traditional key's DER, as in an unencrypted PEM block of that kind or a DER file. */
    public static PrivateKey traditional(Traditional kind, byte[] der) throws DecodeException,
            UnsupportedFormatException {
        return convert(traditionalInfo(kind, der));
    }

    /**
     * A traditional key from an encrypted PEM block: {@code dekInfo} is its DEK-Info header
     * ("AES-256-CBC,IV-IN-HEX").
     */
    public static PrivateKey traditionalEncrypted(Traditional kind, String dekInfo, byte[] encrypted,
            char[] passphrase) throws DecodeException, UnsupportedFormatException, WrongPassphraseException,
            PassphraseRequiredException {
        if (passphrase == null) {
            throw new PassphraseRequiredException("The private key is encrypted; a passphrase is needed.");
        }
        int comma = dekInfo == null ? -1 : dekInfo.indexOf(',');
        if (comma < 0) {
            throw new DecodeException("The encrypted key's DEK-Info header is missing or damaged.");
        }
        String cipher = dekInfo.substring(0, comma).trim();
        byte[] iv;
        try {
            iv = java.util.HexFormat.of().parseHex(dekInfo.substring(comma + 1).trim());
        } catch (IllegalArgumentException e) {
            throw new DecodeException("The encrypted key's DEK-Info header has a damaged IV.", e);
        }
        byte[] plain;
        try {
            plain = new JcePEMDecryptorProviderBuilder().setProvider(BouncyCastle.provider())
                    .build(passphrase).get(cipher).decrypt(encrypted, iv);
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new UnsupportedFormatException("The key is encrypted with " + cipher + ", which is not supported.", e);
        } catch (PEMException e) {
            if (e.getMessage() != null && e.getMessage().contains("unknown")) {
                throw new UnsupportedFormatException("The key is encrypted with " + cipher
                        + ", which is not supported.", e);
            }
            throw new WrongPassphraseException("The passphrase does not decrypt the private key.", e);
        } catch (RuntimeException e) {
            throw new UnsupportedFormatException("The key is encrypted with " + cipher + ", which is not supported.", e);
        }
        try {
            return convert(traditionalInfo(kind, plain));
        } catch (DecodeException e) {
            // Wrong keys usually fail the padding check; the rest decrypt to garbage.
            throw new WrongPassphraseException("The passphrase does not decrypt the private key.", e);
        } finally {
            Wipe.bytes(plain);
        }
    }

    static PrivateKeyInfo traditionalInfo(Traditional kind, byte[] der) throws DecodeException,
            UnsupportedFormatException {
        try {
            ASN1Sequence seq = ASN1Sequence.getInstance(ASN1Primitive.fromByteArray(der));
            return switch (kind) {
                case RSA -> new PrivateKeyInfo(
                        new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                        RSAPrivateKey.getInstance(seq));
                case EC -> ecInfo(seq);
                case DSA -> dsaInfo(seq);
            };
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid " + kind + " private key.", e);
        }
    }

    private static PrivateKeyInfo ecInfo(ASN1Sequence seq) throws IOException, UnsupportedFormatException {
        org.bouncycastle.asn1.sec.ECPrivateKey key = org.bouncycastle.asn1.sec.ECPrivateKey.getInstance(seq);
        if (key.getParametersObject() == null) {
            throw new UnsupportedFormatException("The EC private key does not name its curve.");
        }
        return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                key.getParametersObject()), key);
    }

    private static PrivateKeyInfo dsaInfo(ASN1Sequence seq) throws IOException {
        if (seq.size() != 6) {
            throw new IllegalArgumentException("a DSA private key has six integers");
        }
        DSAParameter params = new DSAParameter(integer(seq, 1), integer(seq, 2), integer(seq, 3));
        return new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_dsa, params),
                new ASN1Integer(integer(seq, 5)));
    }

    private static java.math.BigInteger integer(ASN1Sequence seq, int index) {
        return ASN1Integer.getInstance(seq.getObjectAt(index)).getValue();
    }

    static PrivateKey convert(PrivateKeyInfo info) throws UnsupportedFormatException, DecodeException {
        AlgorithmIdentifier algorithm = info.getPrivateKeyAlgorithm();
        if (algorithm.getAlgorithm().equals(X9ObjectIdentifiers.id_ecPublicKey)
                && algorithm.getParameters() instanceof ASN1ObjectIdentifier curve
                && ECNamedCurveTable.getByOID(curve) == null) {
            throw new UnsupportedFormatException("The EC curve " + curve.getId() + " is not supported.");
        }
        try {
            return CONVERTER.getPrivateKey(info);
        } catch (PEMException e) {
            if (hasCause(e, java.security.NoSuchAlgorithmException.class)) {
                throw new UnsupportedFormatException("Private keys of type " + algorithm.getAlgorithm().getId()
                        + " are not supported.", e);
            }
            throw new DecodeException("The private key is invalid.", e);
        } catch (RuntimeException e) {
            throw new DecodeException("The private key is damaged.", e);
        }
    }

    static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
