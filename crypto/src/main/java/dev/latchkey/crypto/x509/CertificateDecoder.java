package dev.latchkey.crypto.x509;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.provider.BouncyCastle;
import java.io.IOException;
import java.security.cert.CertificateException;
import java.security.cert.CRLException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.CertificateList;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/** DER to JCA certificates and CRLs, strictly: one structure, no trailing bytes. */
public final class CertificateDecoder {
    private static final JcaX509CertificateConverter CERTS =
            new JcaX509CertificateConverter().setProvider(BouncyCastle.provider());
    private static final JcaX509CRLConverter CRLS =
            new JcaX509CRLConverter().setProvider(BouncyCastle.provider());

    private CertificateDecoder() {
    }

    public static X509Certificate certificate(byte[] der) throws DecodeException {
        try {
            return certificate(Certificate.getInstance(ASN1Primitive.fromByteArray(der)));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid X.509 certificate.", e);
        }
    }

    public static X509Certificate certificate(Certificate structure) throws DecodeException {
        try {
            return CERTS.getCertificate(new X509CertificateHolder(structure));
        } catch (CertificateException | RuntimeException e) {
            throw new DecodeException("The data is not a valid X.509 certificate.", e);
        }
    }

    public static X509CRL crl(byte[] der) throws DecodeException {
        try {
            return crl(CertificateList.getInstance(ASN1Primitive.fromByteArray(der)));
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The data is not a valid certificate revocation list.", e);
        }
    }

    public static X509CRL crl(CertificateList structure) throws DecodeException {
        try {
            return CRLS.getCRL(new X509CRLHolder(structure));
        } catch (CRLException | RuntimeException e) {
            throw new DecodeException("The data is not a valid certificate revocation list.", e);
        }
    }

    /** The BC view of a JCA certificate, for code in this module that reads extensions. */
    public static Certificate structure(X509Certificate certificate) throws DecodeException {
        try {
            return Certificate.getInstance(ASN1Primitive.fromByteArray(certificate.getEncoded()));
        } catch (CertificateException | IOException | RuntimeException e) {
            throw new DecodeException("The certificate could not be encoded.", e);
        }
    }
}
