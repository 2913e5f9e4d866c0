package dev.latchkey.crypto.x509;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.UnsupportedFormatException;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;

/** PKCS#7 / CMS SignedData used as a certificate bag (".p7b", "certs-only"). */
public final class Pkcs7Codec {
    private Pkcs7Codec() {
    }

    /** The certificates and CRLs a PKCS#7 SignedData carries. */
    public record Contents(List<X509Certificate> certificates, List<X509CRL> crls) {
        public Contents {
            certificates = List.copyOf(certificates);
            crls = List.copyOf(crls);
        }
    }

    public static Contents read(byte[] der) throws DecodeException, UnsupportedFormatException {
        SignedData signedData;
        try {
            ContentInfo info = ContentInfo.getInstance(ASN1Primitive.fromByteArray(der));
            if (!PKCSObjectIdentifiers.signedData.equals(info.getContentType())) {
                throw new UnsupportedFormatException("The PKCS#7 data is not SignedData ("
                        + info.getContentType().getId() + "); only certificate bundles are supported.");
            }
            signedData = SignedData.getInstance(info.getContent());
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid PKCS#7 structure.", e);
        }
        List<X509Certificate> certificates = new ArrayList<>();
        List<X509CRL> crls = new ArrayList<>();
        ASN1Set certSet = signedData.getCertificates();
        if (certSet != null) {
            for (ASN1Encodable element : certSet) {
                // Attribute certificates and other choices are tagged; only plain certificates count.
                if (element.toASN1Primitive() instanceof org.bouncycastle.asn1.ASN1Sequence) {
                    certificates.add(CertificateDecoder.certificate(Certificate.getInstance(element)));
                }
            }
        }
        ASN1Set crlSet = signedData.getCRLs();
        if (crlSet != null) {
            for (ASN1Encodable element : crlSet) {
                if (element.toASN1Primitive() instanceof org.bouncycastle.asn1.ASN1Sequence) {
                    crls.add(CertificateDecoder.crl(CertificateList.getInstance(element)));
                }
            }
        }
        return new Contents(certificates, crls);
    }

    /** A degenerate SignedData (no signers) holding {@code certificates}, DER encoded. */
    public static byte[] write(List<X509Certificate> certificates) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addCertificates(new JcaCertStore(certificates));
            return generator.generate(new CMSAbsentContent()).getEncoded("DER");
        } catch (CertificateEncodingException | CMSException | IOException e) {
            throw new IllegalStateException("PKCS#7 encoding of valid certificates failed", e);
        }
    }
}
