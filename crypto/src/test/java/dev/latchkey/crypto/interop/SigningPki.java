package dev.latchkey.crypto.interop;

import dev.latchkey.crypto.assistant.AssistantException;
import dev.latchkey.crypto.assistant.CertificateAssistant;
import dev.latchkey.crypto.assistant.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.keypair.PrivateKeyWriter;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.x509.KeyPurpose;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Signers for the CMS, code-signing and transform interop tests, made once per JVM: a root,
 * S/MIME and code-signing identities with RSA, EC and Ed25519 keys (alice@example.test), a
 * signer that expired in 2021, and a timestamp authority whose certificate has the critical
 * timeStamping purpose RFC 3161 requires. Shared with the app's tests through the test-jar.
 */
public final class SigningPki {
    public static final String EMAIL = "alice@example.test";
    /** When the expired signer was valid: all of 2020. */
    public static final Instant EXPIRED_SIGNER_VALID_AT = Instant.parse("2020-06-01T00:00:00Z");
    private static SigningPki instance;

    public final Identity root;
    public final Identity rsa;
    public final Identity ec;
    public final Identity ed25519;
    public final Identity expired;
    public final Identity tsa;

    private SigningPki() throws Exception {
        Instant start = Instant.parse("2019-01-01T00:00:00Z");
        root = CertificateAssistant.certificateAuthority(KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Signing Test Root, O=Latchkey").notBefore(start)
                        .validFor(Duration.ofDays(365 * 20)).certificateAuthority(null).build());
        rsa = signer("CN=Alice (RSA), O=Latchkey", KeyAlgorithm.RSA_2048, start, Duration.ofDays(365 * 15));
        ec = signer("CN=Alice (EC), O=Latchkey", KeyAlgorithm.EC_P256, start, Duration.ofDays(365 * 15));
        ed25519 = signer("CN=Alice (Ed25519), O=Latchkey", KeyAlgorithm.ED25519, start, Duration.ofDays(365 * 15));
        expired = signer("CN=Alice (expired), O=Latchkey", KeyAlgorithm.EC_P256, Instant.parse("2020-01-01T00:00:00Z"),
                Duration.ofDays(366));
        tsa = timestampAuthority(start);
    }

    private Identity signer(String subject, KeyAlgorithm algorithm, Instant from, Duration valid)
            throws AssistantException {
        Identity issued = CertificateAssistant.issueIdentity(root, algorithm, CertificateSpec.builder(subject)
                .email(EMAIL).purposes(KeyPurpose.EMAIL_PROTECTION, KeyPurpose.CODE_SIGNING).notBefore(from)
                .validFor(valid).build());
        return new Identity(subject.substring(3, subject.indexOf(',')), issued.privateKey(), issued.chain());
    }

    /** The TSA's certificate with its critical timeStamping purpose (Certificate Assistant makes it non-critical). */
    private Identity timestampAuthority(Instant start) throws Exception {
        KeyPair keys = KeyAlgorithm.EC_P256.generate();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(root.certificate(), BigInteger.valueOf(77),
                Date.from(start), Date.from(start.plus(Duration.ofDays(365 * 15))),
                new X500Principal("CN=Test Timestamp Authority, O=Latchkey"), keys.getPublic());
        builder.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").setProvider(BouncyCastle.provider())
                        .build(root.privateKey())));
        return new Identity("TSA", keys.getPrivate(), List.of(certificate, root.certificate()));
    }

    public static synchronized SigningPki get() {
        if (instance == null) {
            try {
                instance = new SigningPki();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return instance;
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
    public static byte[] pkcs8v1(java.security.PrivateKey key) throws IOException {
        org.bouncycastle.asn1.pkcs.PrivateKeyInfo info = org.bouncycastle.asn1.pkcs.PrivateKeyInfo.getInstance(
                PrivateKeyWriter.pkcs8(key));
        return new org.bouncycastle.asn1.pkcs.PrivateKeyInfo(info.getPrivateKeyAlgorithm(), info.parsePrivateKey())
                .getEncoded();
    }

    public static String pem(X509Certificate certificate) {
        try {
            return PemWriter.encode(PemWriter.CERTIFICATE, certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
