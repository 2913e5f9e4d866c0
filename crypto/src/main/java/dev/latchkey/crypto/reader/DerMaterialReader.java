package dev.latchkey.crypto.reader;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.keypair.PrivateKeyReader;
import dev.latchkey.crypto.keypair.PrivateKeyReader.Traditional;
import dev.latchkey.crypto.keypair.PublicKeyReader;
import dev.latchkey.crypto.material.IdentityPairing;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.crypto.pkcs12.Pkcs12Reader;
import dev.latchkey.crypto.x509.CertificateDecoder;
import dev.latchkey.crypto.x509.Pkcs7Codec;

/** One binary (DER) structure, classified by {@link FormatDetector#derKind}. */
final class DerMaterialReader {
    private DerMaterialReader() {
    }

    static KeyMaterial read(byte[] der, char[] passphrase) throws CryptoException {
        FormatDetector.DerKind kind = FormatDetector.derKind(der);
        IdentityPairing pairing = new IdentityPairing();
        switch (kind) {
            case PKCS12:
                return Pkcs12Reader.read(der, passphrase);
            case PKCS7:
                Pkcs7Codec.Contents contents = Pkcs7Codec.read(der);
                contents.certificates().forEach(c -> pairing.addCertificate(null, c, null));
                contents.crls().forEach(pairing::addCrl);
                return pairing.build(SourceFormat.PKCS7);
            case CERTIFICATE:
                pairing.addCertificate(null, CertificateDecoder.certificate(der), null);
                return pairing.build(SourceFormat.DER_CERTIFICATE);
            case CRL:
                pairing.addCrl(CertificateDecoder.crl(der));
                return pairing.build(SourceFormat.DER_CRL);
            case CERTIFICATE_REQUEST:
                pairing.skip("a certificate signing request");
                return pairing.build(SourceFormat.DER_CERTIFICATE);
            case PRIVATE_KEY_INFO:
                pairing.addKey(null, PrivateKeyReader.pkcs8(der), null);
                return pairing.build(SourceFormat.DER_PRIVATE_KEY);
            case ENCRYPTED_PRIVATE_KEY_INFO:
                pairing.addKey(null, PrivateKeyReader.encryptedPkcs8(der, passphrase), null);
                return pairing.build(SourceFormat.DER_ENCRYPTED_PRIVATE_KEY);
            case RSA_PRIVATE_KEY:
                pairing.addKey(null, PrivateKeyReader.traditional(Traditional.RSA, der), null);
                return pairing.build(SourceFormat.DER_PRIVATE_KEY);
            case EC_PRIVATE_KEY:
                pairing.addKey(null, PrivateKeyReader.traditional(Traditional.EC, der), null);
                return pairing.build(SourceFormat.DER_PRIVATE_KEY);
            case DSA_PRIVATE_KEY:
                pairing.addKey(null, PrivateKeyReader.traditional(Traditional.DSA, der), null);
                return pairing.build(SourceFormat.DER_PRIVATE_KEY);
            case SUBJECT_PUBLIC_KEY_INFO:
                pairing.addPublicKey(PublicKeyReader.subjectPublicKeyInfo(der));
                return pairing.build(SourceFormat.DER_PUBLIC_KEY);
            case RSA_PUBLIC_KEY:
                pairing.addPublicKey(PublicKeyReader.pkcs1Rsa(der));
                return pairing.build(SourceFormat.DER_PUBLIC_KEY);
            default:
                throw new IllegalStateException("unhandled DER kind " + kind);
        }
    }
}
