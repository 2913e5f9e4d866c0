package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.x509.CertificateDecoder;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A certificate factory for trust tests that can also make what the Certificate Assistant
 * refuses to: SHA-1 and MD5 signatures, small RSA keys, name constraints, odd extensions, CRLs.
 */
final class TestCerts {
    static final Instant NOW = Instant.parse("2026-06-01T00:00:00Z");
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    /** A certificate and the key pair of its subject. */
    record Issued(X509Certificate cert, KeyPair keys) {
        X500Principal name() {
            return cert.getSubjectX500Principal();
        }
    }

    private final String subject;
    private KeyPair keys;
    private Issued issuer;
    private boolean ca;
    private Integer pathLength;
    private Integer keyUsage;
    private final List<KeyPurposeId> purposes = new ArrayList<>();
    private final List<GeneralName> altNames = new ArrayList<>();
    private final List<Object[]> extra = new ArrayList<>();
    private String signatureAlgorithm;
    private Instant notBefore = NOW.minus(Duration.ofDays(30));
    private Instant notAfter = NOW.plus(Duration.ofDays(365));
    private BigInteger serial;

    private TestCerts(String subject) {
        this.subject = subject;
    }

    static TestCerts cert(String subject) {
        return new TestCerts(subject);
    }

    static Issued root(String subject) {
        return cert(subject).ca(null).selfSigned();
    }

    TestCerts keys(KeyPair value) {
        keys = value;
        return this;
    }

    TestCerts keys(KeyAlgorithm algorithm) {
        keys = algorithm.generate();
        return this;
    }

    TestCerts ca(Integer maxPathLength) {
        ca = true;
        pathLength = maxPathLength;
        return this;
    }

    TestCerts keyUsage(int bits) {
        keyUsage = bits;
        return this;
    }

    TestCerts eku(KeyPurposeId... ids) {
        purposes.addAll(List.of(ids));
        return this;
    }

    TestCerts dns(String... names) {
        for (String n : names) {
            altNames.add(new GeneralName(GeneralName.dNSName, n));
        }
        return this;
    }

    TestCerts altName(GeneralName name) {
        altNames.add(name);
        return this;
    }

    TestCerts extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
        extra.add(new Object[] {oid, critical, value});
        return this;
    }

    /** An extension whose value bytes are taken as they are, even when they are not DER. */
    TestCerts rawExtension(ASN1ObjectIdentifier oid, boolean critical, byte[] value) {
        extra.add(new Object[] {oid, critical, value});
        return this;
    }

    TestCerts signature(String algorithm) {
        signatureAlgorithm = algorithm;
        return this;
    }

    TestCerts validity(Instant from, Instant to) {
        notBefore = from;
        notAfter = to;
        return this;
    }

    TestCerts serial(long value) {
        serial = BigInteger.valueOf(value);
        return this;
    }

    Issued selfSigned() {
        return build(null);
    }

    Issued issuedBy(Issued by) {
        return build(by);
    }

    private Issued build(Issued by) {
        issuer = by;
        if (keys == null) {
            keys = KeyAlgorithm.EC_P256.generate();
        }
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X500Principal name = new X500Principal(subject);
            X500Principal issuerName = issuer == null ? name : issuer.name();
            PublicKey issuerKey = issuer == null ? keys.getPublic() : issuer.keys.getPublic();
            X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuerName,
                    serial != null ? serial : BigInteger.valueOf(SERIAL.incrementAndGet()),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic());
            if (ca) {
                b.addExtension(Extension.basicConstraints, true,
                        pathLength == null ? new BasicConstraints(true) : new BasicConstraints(pathLength));
            }
            int usage = keyUsage != null ? keyUsage
                    : ca ? KeyUsage.keyCertSign | KeyUsage.cRLSign : KeyUsage.digitalSignature;
            b.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            if (!purposes.isEmpty()) {
                b.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(purposes.toArray(new KeyPurposeId[0])));
            }
            if (!altNames.isEmpty()) {
                b.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(altNames.toArray(new GeneralName[0])));
            }
            b.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            if (issuer != null) {
                b.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuerKey));
            }
            for (Object[] e : extra) {
                if (e[2] instanceof byte[] raw) {
                    b.addExtension((ASN1ObjectIdentifier) e[0], (Boolean) e[1], raw);
                } else {
                    b.addExtension((ASN1ObjectIdentifier) e[0], (Boolean) e[1], (ASN1Encodable) e[2]);
                }
            }
            KeyPair signer = issuer == null ? keys : issuer.keys;
            String algorithm = signatureAlgorithm != null ? signatureAlgorithm : defaultSignature(signer);
            X509Certificate cert = CertificateDecoder.certificate(b.build(new JcaContentSignerBuilder(algorithm)
                    .setProvider(BouncyCastle.provider()).build(signer.getPrivate())).toASN1Structure());
            return new Issued(cert, keys);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A CRL of {@code issuer} revoking {@code revoked} (by serial), valid around {@link #NOW}. */
    static X509CRL crl(Issued issuer, X509Certificate... revoked) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(
                    org.bouncycastle.asn1.x500.X500Name.getInstance(issuer.name().getEncoded()),
                    Date.from(NOW.minus(Duration.ofDays(1))));
            b.setNextUpdate(Date.from(NOW.plus(Duration.ofDays(7))));
            for (X509Certificate c : revoked) {
                b.addCRLEntry(c.getSerialNumber(), Date.from(NOW.minus(Duration.ofDays(2))), CRLReason.keyCompromise);
            }
            return new JcaX509CRLConverter().setProvider(BouncyCastle.provider()).getCRL(b.build(
                    new JcaContentSignerBuilder(defaultSignature(issuer.keys)).setProvider(BouncyCastle.provider())
                            .build(issuer.keys.getPrivate())));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String defaultSignature(KeyPair signer) {
        String algorithm = signer.getPrivate().getAlgorithm();
        if (algorithm.startsWith("RSA")) {
            return "SHA256withRSA";
        }
        if (algorithm.startsWith("EC")) {
            return "SHA256withECDSA";
        }
        return "Ed25519";
    }
}
