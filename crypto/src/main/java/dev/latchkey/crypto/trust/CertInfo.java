package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.keypair.PublicKeyReader;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.TBSCertificate;

/** One certificate parsed once for evaluation: names in canonical form, extensions decoded, key on demand. */
final class CertInfo {
    final X509Certificate certificate;
    final byte[] encoded;
    final Certificate structure;
    final TBSCertificate tbs;
    final X500Name subjectName;
    final X500Name issuerName;
    final NameKey subject;
    final NameKey issuer;
    final ParsedExtensions ext;
    final Instant notBefore;
    final Instant notAfter;
    final boolean selfIssued;
    private final int hash;
    private PublicKey publicKey;
    private byte[] sha256;
    private byte[] spki;

    private CertInfo(X509Certificate certificate, byte[] encoded) throws DecodeException {
        this.certificate = certificate;
        this.encoded = encoded;
        try {
            structure = Certificate.getInstance(ASN1Primitive.fromByteArray(encoded));
            tbs = structure.getTBSCertificate();
            subjectName = tbs.getSubject();
            issuerName = tbs.getIssuer();
            notBefore = tbs.getStartDate().getDate().toInstant();
            notAfter = tbs.getEndDate().getDate().toInstant();
        } catch (IOException | RuntimeException e) {
            throw new DecodeException("The certificate is not correctly encoded.", e);
        }
        subject = NameKey.of(subjectName);
        issuer = NameKey.of(issuerName);
        ext = new ParsedExtensions(tbs.getExtensions());
        selfIssued = subject.equals(issuer);
        hash = Arrays.hashCode(encoded);
    }

    static CertInfo of(X509Certificate certificate) throws DecodeException {
        try {
            return new CertInfo(certificate, certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new DecodeException("The certificate is not correctly encoded.", e);
        }
    }

    int version() {
        return tbs.getVersionNumber();
    }

    byte[] subjectPublicKeyInfo() {
        if (spki == null) {
            try {
                spki = tbs.getSubjectPublicKeyInfo().getEncoded();
            } catch (IOException e) {
                throw new IllegalStateException("a parsed key re-encodes", e);
            }
        }
        return spki;
    }

    /** The subject's public key as a JCA key; DSA keys without parameters come back without them. */
    PublicKey publicKey() throws UnsupportedFormatException {
        if (publicKey == null) {
            try {
                publicKey = PublicKeyReader.subjectPublicKeyInfo(subjectPublicKeyInfo());
            } catch (DecodeException e) {
                throw new UnsupportedFormatException("The certificate's public key cannot be read.", e);
            }
        }
        return publicKey;
    }

    byte[] sha256() {
        if (sha256 == null) {
            try {
                sha256 = MessageDigest.getInstance("SHA-256").digest(encoded);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-256", e);
            }
        }
        return sha256;
    }

    /** Same subject and same key: two certificates of one logical CA (a re-issue or a cycle). */
    boolean sameEntity(CertInfo other) {
        return subject.equals(other.subject) && Arrays.equals(subjectPublicKeyInfo(), other.subjectPublicKeyInfo());
    }

    /** The common name if there is one, else the whole name, for messages. */
    String displayName() {
        RDN[] cns = subjectName.getRDNs(BCStyle.CN);
        if (cns.length > 0) {
            return IETFUtils.valueToString(cns[cns.length - 1].getFirst().getValue());
        }
        String full = subjectName.toString();
        return full.isEmpty() ? "(no subject name)" : full;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CertInfo other && Arrays.equals(encoded, other.encoded);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "CertInfo[" + displayName() + "]";
    }
}
