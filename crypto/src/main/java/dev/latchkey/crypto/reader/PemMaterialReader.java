package dev.latchkey.crypto.reader;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.keypair.PrivateKeyReader;
import dev.latchkey.crypto.keypair.PrivateKeyReader.Traditional;
import dev.latchkey.crypto.keypair.PublicKeyReader;
import dev.latchkey.crypto.material.IdentityPairing;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.crypto.pem.PemBlock;
import dev.latchkey.crypto.pem.PemReader;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.crypto.x509.CertificateDecoder;
import dev.latchkey.crypto.x509.Pkcs7Codec;
import java.io.IOException;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.x509.Certificate;

/** Every block of a PEM text; one passphrase serves all encrypted keys in it. */
final class PemMaterialReader {
    private PemMaterialReader() {
    }

    static KeyMaterial read(byte[] data, char[] passphrase) throws CryptoException {
        IdentityPairing pairing = new IdentityPairing();
        for (PemBlock block : PemReader.readAll(data)) {
            try {
                readBlock(block, passphrase, pairing);
            } finally {
                if (block.label().contains("PRIVATE KEY")) {
                    Wipe.bytes(block.der());
                }
            }
        }
        return pairing.build(SourceFormat.PEM);
    }

    private static void readBlock(PemBlock block, char[] passphrase, IdentityPairing pairing) throws CryptoException {
        String label = block.label();
        switch (label) {
            case "CERTIFICATE", "X509 CERTIFICATE" ->
                    pairing.addCertificate(null, CertificateDecoder.certificate(block.der()), null);
            case "TRUSTED CERTIFICATE" -> pairing.addCertificate(null, trustedCertificate(block.der()), null);
            case "PKCS7", "CMS", "PKCS #7 SIGNED DATA" -> {
                Pkcs7Codec.Contents contents = Pkcs7Codec.read(block.der());
                contents.certificates().forEach(c -> pairing.addCertificate(null, c, null));
                contents.crls().forEach(pairing::addCrl);
            }
            case "X509 CRL" -> pairing.addCrl(CertificateDecoder.crl(block.der()));
            case "PRIVATE KEY" -> pairing.addKey(null, PrivateKeyReader.pkcs8(block.der()), null);
            case "ENCRYPTED PRIVATE KEY" ->
                    pairing.addKey(null, PrivateKeyReader.encryptedPkcs8(block.der(), passphrase), null);
            case "RSA PRIVATE KEY", "EC PRIVATE KEY", "DSA PRIVATE KEY" -> {
                Traditional kind = Traditional.ofPemLabel(label);
                pairing.addKey(null, block.isEncryptedTraditionalKey()
                        ? PrivateKeyReader.traditionalEncrypted(kind, block.headers().get("DEK-Info"), block.der(),
                                passphrase)
                        : PrivateKeyReader.traditional(kind, block.der()), null);
            }
            case "PUBLIC KEY" -> pairing.addPublicKey(PublicKeyReader.subjectPublicKeyInfo(block.der()));
            case "RSA PUBLIC KEY" -> pairing.addPublicKey(PublicKeyReader.pkcs1Rsa(block.der()));
            case "CERTIFICATE REQUEST", "NEW CERTIFICATE REQUEST" -> pairing.skip("a certificate signing request");
            case "OPENSSH PRIVATE KEY" -> pairing.skip("an OpenSSH private key (convert it to PKCS#8 first)");
            default -> pairing.skip("a PEM block \"" + label + "\"");
        }
    }

    /** OpenSSL's TRUSTED CERTIFICATE: a certificate followed by its trust settings. */
    private static java.security.cert.X509Certificate trustedCertificate(byte[] der) throws DecodeException {
        try (ASN1InputStream in = new ASN1InputStream(der)) {
            return CertificateDecoder.certificate(Certificate.getInstance(in.readObject()));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The trusted certificate block is damaged.", e);
        }
    }
}
