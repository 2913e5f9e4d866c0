package dev.latchkey.crypto.testing;

import dev.latchkey.crypto.issuing.IssuingException;
import dev.latchkey.crypto.issuing.CertificateIssuer;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.keypair.PrivateKeyWriter;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import dev.latchkey.crypto.x509.CertificateDecoder;
import dev.latchkey.crypto.x509.KeyPurpose;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.AlgorithmParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
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
 * The test PKI every module's tests share (crypto's test-jar). {@link #get()}: an EC P-256
 * root → intermediate → leaf made with our Certificate Assistant, valid from 2025 to 2030 so
 * tests at {@link #DURING} and at the real time agree. {@link #signers()}: S/MIME and
 * code-signing identities and a timestamp authority. {@link #cert(String)}: a builder for what
 * the Certificate Assistant refuses to make (SHA-1 and MD5 signatures, small keys, odd
 * extensions) and {@link #crl}.
 */
public final class TestPki {
    public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");
    /** A moment every certificate of {@link #get()} is valid at, and the builder's default "now". */
    public static final Instant DURING = Instant.parse("2026-06-01T00:00:00Z");
    /** The leaf's common name, DNS name and alias. */
    public static final String LEAF = "www.example.test";
    public static final String LEAF_EMAIL = "admin@example.test";
    public static final String FILE_PASSPHRASE = "file passphrase";

    private static TestPki instance;
    private static Signers signers;
    private static final AtomicLong SERIAL = new AtomicLong(1000);

    public final Identity root;
    public final Identity intermediate;
    public final Identity leaf;

    private TestPki() throws IssuingException {
        root = CertificateIssuer.certificateAuthority(KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Latchkey Test Root, O=Latchkey").notBefore(START)
                        .validFor(Duration.ofDays(3650)).certificateAuthority(null).build());
        intermediate = CertificateIssuer.issueIdentity(root, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Latchkey Test Intermediate, O=Latchkey").notBefore(START)
                        .validFor(Duration.ofDays(3000)).certificateAuthority(0).build());
        Identity issued = CertificateIssuer.issueIdentity(intermediate, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=" + LEAF).dns(LEAF, "example.test").email(LEAF_EMAIL).notBefore(START)
                        .validFor(Duration.ofDays(2000)).build());
        leaf = new Identity(LEAF, issued.privateKey(), issued.chain());
    }

    public static synchronized TestPki get() {
        if (instance == null) {
            try {
                instance = new TestPki();
            } catch (IssuingException e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
    }

    /** A fresh self-signed EC P-256 identity (not a CA), valid from {@link #START} for years. */
    public static Identity selfSigned(String commonName) {
        try {
            return CertificateIssuer.selfSignedIdentity(KeyAlgorithm.EC_P256,
                    CertificateSpec.builder("CN=" + commonName).notBefore(START).validFor(Duration.ofDays(3000)).build());
        } catch (IssuingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The leaf identity with its chain as PKCS#12 under {@link #FILE_PASSPHRASE}. */
    public byte[] pkcs12() {
        return pkcs12(leaf);
    }

    /** {@link #pkcs12()} as the file {@code leaf.p12} in {@code dir}. */
    public Path pkcs12(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve("leaf.p12"), pkcs12());
    }

    /** {@code identity} with its chain as PKCS#12 under {@link #FILE_PASSPHRASE}. */
    public static byte[] pkcs12(Identity identity) {
        return MaterialWriter.identities(ExportFormat.PKCS12, List.of(identity), List.of(),
                FILE_PASSPHRASE.toCharArray(), Pkcs12Protection.AES_256_SHA256);
    }

    /** The identities' certificates as one PEM file {@code dir/name}. */
    public static Path pemFile(Path dir, String name, Identity... identities) throws IOException {
        return Files.write(dir.resolve(name), MaterialWriter.certificates(ExportFormat.PEM,
                Arrays.stream(identities).map(i -> NamedCertificate.unnamed(i.certificate())).toList(), null));
    }

    public static String pem(X509Certificate certificate) {
        try {
            return PemWriter.encode(PemWriter.CERTIFICATE, certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The identity's certificate as PEM in {@code dir/name.crt} and its key as PKCS#8 PEM in {@code name.key}. */
    public static Path[] files(Path dir, String name, Identity identity) throws IOException {
        Path cert = dir.resolve(name + ".crt");
        Path key = dir.resolve(name + ".key");
        Files.writeString(cert, pem(identity.certificate()));
        Files.writeString(key, PemWriter.encode(PemWriter.PRIVATE_KEY, pkcs8v1(identity.privateKey())));
        return new Path[] {cert, key};
    }

    /**
     * PKCS#8 without the optional public key Bouncy Castle adds to Ed25519 keys, which openssl
     * 3.0 refuses to load.
     */
    public static byte[] pkcs8v1(PrivateKey key) throws IOException {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(PrivateKeyWriter.pkcs8(key));
        return new PrivateKeyInfo(info.getPrivateKeyAlgorithm(), info.parsePrivateKey()).getEncoded();
    }

    /** A key pair {@link KeyAlgorithm} does not offer, such as RSA-1024 or RSASSA-PSS. */
    public static KeyPair keyPair(String algorithm, int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, BouncyCastle.provider());
            generator.initialize(bits);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key pair on parameters {@link KeyAlgorithm} does not offer, such as the curve secp256k1. */
    public static KeyPair keyPair(String algorithm, AlgorithmParameterSpec parameters) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm, BouncyCastle.provider());
            generator.initialize(parameters);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized Signers signers() {
        if (signers == null) {
            try {
                signers = new Signers();
            } catch (IssuingException e) {
                throw new IllegalStateException(e);
            }
        }
        return signers;
    }

    /**
     * Signers for the CMS, code-signing and transform tests: a root, S/MIME and code-signing
     * identities with RSA, EC and Ed25519 keys ({@link #EMAIL}), a signer that expired in 2021,
     * and a timestamp authority whose certificate has the critical timeStamping purpose RFC 3161
     * requires.
     */
    public static final class Signers {
        public static final String EMAIL = "alice@example.test";
        /** When the expired signer was valid: all of 2020. */
        public static final Instant EXPIRED_SIGNER_VALID_AT = Instant.parse("2020-06-01T00:00:00Z");

        public final Identity root;
        public final Identity rsa;
        public final Identity ec;
        public final Identity ed25519;
        public final Identity expired;
        public final Identity tsa;

        private Signers() throws IssuingException {
            Instant start = Instant.parse("2019-01-01T00:00:00Z");
            root = CertificateIssuer.certificateAuthority(KeyAlgorithm.EC_P256,
                    CertificateSpec.builder("CN=Signing Test Root, O=Latchkey").notBefore(start)
                            .validFor(Duration.ofDays(365 * 20)).certificateAuthority(null).build());
            rsa = signer("CN=Alice (RSA), O=Latchkey", KeyAlgorithm.RSA_2048, start, Duration.ofDays(365 * 15));
            ec = signer("CN=Alice (EC), O=Latchkey", KeyAlgorithm.EC_P256, start, Duration.ofDays(365 * 15));
            ed25519 = signer("CN=Alice (Ed25519), O=Latchkey", KeyAlgorithm.ED25519, start, Duration.ofDays(365 * 15));
            expired = signer("CN=Alice (expired), O=Latchkey", KeyAlgorithm.EC_P256,
                    Instant.parse("2020-01-01T00:00:00Z"), Duration.ofDays(366));
            // The Certificate Assistant makes the timeStamping purpose non-critical.
            Issued issued = cert("CN=Test Timestamp Authority, O=Latchkey").serial(77)
                    .validity(start, start.plus(Duration.ofDays(365 * 15)))
                    .extension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping))
                    .issuedBy(Issued.of(root));
            tsa = new Identity("TSA", issued.keys().getPrivate(), List.of(issued.cert(), root.certificate()));
        }

        private Identity signer(String subject, KeyAlgorithm algorithm, Instant from, Duration valid)
                throws IssuingException {
            Identity issued = CertificateIssuer.issueIdentity(root, algorithm, CertificateSpec.builder(subject)
                    .email(EMAIL).purposes(KeyPurpose.EMAIL_PROTECTION, KeyPurpose.CODE_SIGNING).notBefore(from)
                    .validFor(valid).build());
            return new Identity(subject.substring(3, subject.indexOf(',')), issued.privateKey(), issued.chain());
        }
    }

    /** A certificate and the key pair of its subject. */
    public record Issued(X509Certificate cert, KeyPair keys) {
        public static Issued of(Identity identity) {
            return new Issued(identity.certificate(),
                    new KeyPair(identity.certificate().getPublicKey(), identity.privateKey()));
        }

        public X500Principal name() {
            return cert.getSubjectX500Principal();
        }
    }

    /** A certificate for {@code subject}, by default EC P-256, valid around {@link #DURING}. */
    public static Builder cert(String subject) {
        return new Builder(subject);
    }

    /** A self-signed CA without a path length limit. */
    public static Issued rootCa(String subject) {
        return cert(subject).ca(null).selfSigned();
    }

    /** A CRL of {@code issuer} revoking {@code revoked} (by serial), valid around {@link #DURING}. */
    public static X509CRL crl(Issued issuer, X509Certificate... revoked) {
        try {
            X509v2CRLBuilder b = new X509v2CRLBuilder(X500Name.getInstance(issuer.name().getEncoded()),
                    Date.from(DURING.minus(Duration.ofDays(1))));
            b.setNextUpdate(Date.from(DURING.plus(Duration.ofDays(7))));
            for (X509Certificate c : revoked) {
                b.addCRLEntry(c.getSerialNumber(), Date.from(DURING.minus(Duration.ofDays(2))), CRLReason.keyCompromise);
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

    /**
     * Builds a certificate directly with Bouncy Castle. Always adds a critical key usage (from
     * {@link #keyUsage}, else by whether it is a CA) and the key identifiers.
     */
    public static final class Builder {
        private final String subject;
        private KeyPair keys;
        private boolean ca;
        private Integer pathLength;
        private Integer keyUsage;
        private final List<KeyPurposeId> purposes = new ArrayList<>();
        private final List<GeneralName> altNames = new ArrayList<>();
        private final List<Object[]> extra = new ArrayList<>();
        private String signatureAlgorithm;
        private Instant notBefore = DURING.minus(Duration.ofDays(30));
        private Instant notAfter = DURING.plus(Duration.ofDays(365));
        private BigInteger serial;

        private Builder(String subject) {
            this.subject = subject;
        }

        public Builder keys(KeyPair value) {
            keys = value;
            return this;
        }

        public Builder keys(KeyAlgorithm algorithm) {
            keys = algorithm.generate();
            return this;
        }

        public Builder ca(Integer maxPathLength) {
            ca = true;
            pathLength = maxPathLength;
            return this;
        }

        public Builder keyUsage(int bits) {
            keyUsage = bits;
            return this;
        }

        public Builder eku(KeyPurposeId... ids) {
            purposes.addAll(List.of(ids));
            return this;
        }

        public Builder dns(String... names) {
            for (String n : names) {
                altNames.add(new GeneralName(GeneralName.dNSName, n));
            }
            return this;
        }

        public Builder altName(GeneralName name) {
            altNames.add(name);
            return this;
        }

        public Builder extension(ASN1ObjectIdentifier oid, boolean critical, ASN1Encodable value) {
            extra.add(new Object[] {oid, critical, value});
            return this;
        }

        /** An extension whose value bytes are taken as they are, even when they are not DER. */
        public Builder rawExtension(ASN1ObjectIdentifier oid, boolean critical, byte[] value) {
            extra.add(new Object[] {oid, critical, value});
            return this;
        }

        public Builder signature(String algorithm) {
            signatureAlgorithm = algorithm;
            return this;
        }

        public Builder validity(Instant from, Instant to) {
            notBefore = from;
            notAfter = to;
            return this;
        }

        public Builder serial(long value) {
            serial = BigInteger.valueOf(value);
            return this;
        }

        public Issued selfSigned() {
            return build(null);
        }

        public Issued issuedBy(Issued by) {
            return build(by);
        }

        private Issued build(Issued issuer) {
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
    }
}
