package dev.latchkey.crypto.cms;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.provider.BouncyCastle;
import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.SignerInfoGenerator;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Signs data as a CMS SignedData (RFC 5652) with one identity: signed attributes with the
 * signing time, the signer's certificate chain included, the content inside (attached) or
 * beside it (detached). RSA keys sign with PKCS#1 v1.5 as openssl and mail clients expect,
 * EC keys with ECDSA, Ed25519 keys with EdDSA (SHA-512 over the signed attributes, RFC 8419).
 * In S/MIME's multipart/signed form the signed part is a MIME entity: content that does not
 * start with MIME headers gets {@code Content-Type: text/plain}, as {@code openssl cms -text} does.
 */
public final class CmsSigner {
    private CmsSigner() {
    }

    public static byte[] sign(byte[] content, PrivateKey key, List<X509Certificate> chain, boolean detached,
            CmsFormat format) throws CryptoException {
        SignerInfoGenerator signer = signerInfo(key, chain.get(0));
        try {
            JcaCertStore certificates = new JcaCertStore(chain);
            byte[] signedContent = format == CmsFormat.SMIME ? SmimeEntity.asEntity(content) : content;
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signer);
            generator.addCertificates(certificates);
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(signedContent), !detached);
            byte[] der = signed.toASN1Structure().getEncoded("DER");
            return switch (format) {
                case DER -> der;
                case PEM -> PemWriter.encode("CMS", der).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
                case SMIME -> detached ? SmimeEntity.multipartSigned(signedContent, der, micalg(key))
                        : SmimeEntity.wrap(der, "signed-data");
            };
        } catch (CMSException | IOException | CertificateEncodingException e) {
            throw new CryptoException("The message cannot be signed: " + CmsInput.oneLine(e), e);
        }
    }

    private static SignerInfoGenerator signerInfo(PrivateKey key, X509Certificate certificate)
            throws CryptoException {
        try {
            return new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BouncyCastle.provider())
                    .build(signatureAlgorithm(key), key, certificate);
        } catch (OperatorCreationException | CertificateEncodingException e) {
            throw new CryptoException("The key cannot sign: " + CmsInput.oneLine(e), e);
        }
    }

    private static String micalg(PrivateKey key) {
        return key.getAlgorithm().startsWith("Ed") ? "sha-512" : "sha-256";
    }

    static String signatureAlgorithm(PrivateKey key) throws UnsupportedFormatException {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> throw new UnsupportedFormatException("A " + key.getAlgorithm() + " key cannot sign a message.");
        };
    }
}
