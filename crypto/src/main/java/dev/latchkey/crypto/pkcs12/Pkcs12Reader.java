package dev.latchkey.crypto.pkcs12;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.PassphraseRequiredException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.keypair.Pkcs8Decryption;
import dev.latchkey.crypto.material.IdentityPairing;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.crypto.pbe.PbeDecryption;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.x509.CertificateDecoder;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.pkcs.Attribute;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.bc.BcDefaultDigestProvider;
import org.bouncycastle.pkcs.PKCS12PfxPdu;
import org.bouncycastle.pkcs.PKCS12SafeBag;
import org.bouncycastle.pkcs.PKCS12SafeBagFactory;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.bc.BcPKCS12MacCalculatorBuilderProvider;

/**
 * Reads a PKCS#12 file completely: MAC, encrypted and plain safe contents, key and certificate
 * bags with their friendly names and local key ids. Handles PBES2/AES (OpenSSL 3), the legacy
 * PKCS#12 PBEs (3DES, RC2-40), and the empty password; {@code null} means "none given".
 */
public final class Pkcs12Reader {
    private Pkcs12Reader() {
    }

    public static KeyMaterial read(byte[] der, char[] passphrase) throws CryptoException {
        PKCS12PfxPdu pfx;
        try {
            pfx = new PKCS12PfxPdu(Pfx.getInstance(ASN1Primitive.fromByteArray(der)));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid PKCS#12 file.", e);
        }
        char[] password = passphrase == null ? new char[0] : passphrase;
        MacCheck mac = checkMac(pfx, password, passphrase == null);
        IdentityPairing pairing = new IdentityPairing();
        ContentInfo[] contents;
        try {
            contents = pfx.getContentInfos();
        } catch (RuntimeException e) {
            throw new DecodeException("The PKCS#12 file's contents are damaged.", e);
        }
        for (ContentInfo content : contents) {
            for (PKCS12SafeBag bag : bags(content, password, passphrase == null, mac)) {
                readBag(bag, password, pairing, passphrase == null, mac);
            }
        }
        return pairing.build(SourceFormat.PKCS12);
    }

    /** Whether the MAC was absent, or matched under the usual or the two-zero-byte empty password. */
    private enum MacCheck { ABSENT, VALID, VALID_BMP_EMPTY }

    private static MacCheck checkMac(PKCS12PfxPdu pfx, char[] password, boolean noneGiven) throws CryptoException {
        if (!pfx.hasMac()) {
            return MacCheck.ABSENT;
        }
        boolean valid;
        try {
            valid = pfx.isMacValid(new BcPKCS12MacCalculatorBuilderProvider(BcDefaultDigestProvider.INSTANCE), password);
        } catch (PKCSException | RuntimeException e) {
            throw new UnsupportedFormatException("The PKCS#12 file's integrity check ("
                    + pfx.getMacAlgorithmID().getAlgorithm().getId() + ") is not supported.", e);
        }
        if (!valid && password.length == 0 && EmptyPasswordMac.valid(pfx.toASN1Structure())) {
            return MacCheck.VALID_BMP_EMPTY;
        }
        if (!valid) {
            if (noneGiven) {
                throw new PassphraseRequiredException("The PKCS#12 file is protected; a password is needed.");
            }
            throw new WrongPassphraseException("The password does not open the PKCS#12 file.");
        }
        return MacCheck.VALID;
    }

    private static PKCS12SafeBag[] bags(ContentInfo content, char[] password, boolean noneGiven, MacCheck mac)
            throws CryptoException {
        boolean macChecked = mac != MacCheck.ABSENT;
        try {
            if (PKCSObjectIdentifiers.encryptedData.equals(content.getContentType())) {
                return new PKCS12SafeBagFactory(content,
                        new PbeDecryption(password, mac == MacCheck.VALID_BMP_EMPTY)).getSafeBags();
            }
            if (PKCSObjectIdentifiers.data.equals(content.getContentType())) {
                return new PKCS12SafeBagFactory(content).getSafeBags();
            }
        } catch (PKCSException | RuntimeException e) {
            throw decryptionFailure(e, noneGiven, macChecked, "The PKCS#12 file's certificates could not be decrypted.");
        }
        throw new UnsupportedFormatException("The PKCS#12 file holds content of type "
                + content.getContentType().getId() + ", which is not supported.");
    }

    private static void readBag(PKCS12SafeBag bag, char[] password, IdentityPairing pairing, boolean noneGiven,
            MacCheck mac) throws CryptoException {
        String name = friendlyName(bag);
        byte[] localKeyId = localKeyId(bag);
        Object value = bag.getBagValue();
        if (value instanceof X509CertificateHolder holder) {
            pairing.addCertificate(name, CertificateDecoder.certificate(holder.toASN1Structure()), localKeyId);
        } else if (value instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
            pairing.addKey(name, shroudedKey(encrypted.toASN1Structure(), password, noneGiven, mac), localKeyId);
        } else if (value instanceof PrivateKeyInfo plain) {
            pairing.addKey(name, plainKey(plain), localKeyId);
        } else if (value instanceof X509CRLHolder crl) {
            pairing.addCrl(CertificateDecoder.crl(crl.toASN1Structure()));
        } else {
            pairing.skip("a PKCS#12 bag of type " + bag.getType().getId());
        }
    }

    private static java.security.PrivateKey shroudedKey(EncryptedPrivateKeyInfo info, char[] password,
            boolean noneGiven, MacCheck mac) throws CryptoException {
        try {
            return plainKey(Pkcs8Decryption.decrypt(info, password, mac == MacCheck.VALID_BMP_EMPTY));
        } catch (WrongPassphraseException e) {
            throw decryptionFailure(e, noneGiven, mac != MacCheck.ABSENT,
                    "The PKCS#12 file's private key could not be decrypted.");
        }
    }

    private static java.security.PrivateKey plainKey(PrivateKeyInfo info) throws CryptoException {
        byte[] encoded = null;
        try {
            encoded = info.getEncoded();
            return dev.latchkey.crypto.keypair.PrivateKeyReader.pkcs8(encoded);
        } catch (IOException e) {
            throw new DecodeException("The PKCS#12 file's private key is damaged.", e);
        } finally {
            dev.latchkey.crypto.secret.Wipe.bytes(encoded);
        }
    }

    /** Without a verified MAC a decryption failure means a wrong (or missing) password. */
    private static CryptoException decryptionFailure(Exception e, boolean noneGiven, boolean macChecked,
            String damaged) {
        if (e.getCause() instanceof org.bouncycastle.operator.OperatorCreationException
                || e instanceof UnsupportedFormatException) {
            return new UnsupportedFormatException("The PKCS#12 file uses an encryption that is not supported.", e);
        }
        if (macChecked) {
            return new DecodeException(damaged, e);
        }
        if (noneGiven) {
            return new PassphraseRequiredException("The PKCS#12 file is protected; a password is needed.");
        }
        return new WrongPassphraseException("The password does not open the PKCS#12 file.", e);
    }

    private static String friendlyName(PKCS12SafeBag bag) {
        ASN1Encodable value = attribute(bag, PKCSObjectIdentifiers.pkcs_9_at_friendlyName);
        return value instanceof ASN1String s ? s.getString() : null;
    }

    private static byte[] localKeyId(PKCS12SafeBag bag) {
        ASN1Encodable value = attribute(bag, PKCSObjectIdentifiers.pkcs_9_at_localKeyId);
        return value instanceof ASN1OctetString s ? s.getOctets() : null;
    }

    private static ASN1Encodable attribute(PKCS12SafeBag bag, org.bouncycastle.asn1.ASN1ObjectIdentifier type) {
        Attribute[] attributes = bag.getAttributes();
        if (attributes == null) {
            return null;
        }
        for (Attribute a : attributes) {
            if (a.getAttrType().equals(type) && a.getAttrValues().size() > 0) {
                return a.getAttrValues().getObjectAt(0);
            }
        }
        return null;
    }
}
