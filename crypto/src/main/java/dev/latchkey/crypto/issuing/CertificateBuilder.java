package dev.latchkey.crypto.issuing;

import dev.latchkey.crypto.provider.BouncyCastle;
import dev.latchkey.crypto.random.Randoms;
import dev.latchkey.crypto.x509.AltName;
import dev.latchkey.crypto.x509.CertificateDecoder;
import dev.latchkey.crypto.x509.KeyPurpose;
import dev.latchkey.crypto.x509.KeyUsageBit;
import dev.latchkey.crypto.DecodeException;
import java.math.BigInteger;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAKey;
import java.util.Date;
import java.util.EnumSet;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Builds and signs one X.509 v3 certificate with the extensions a modern verifier expects: a
 * critical basic constraints, critical key usage, non-critical EKU, SAN (critical only when the
 * subject is empty), SKI, and AKI when the issuer is another certificate.
 */
final class CertificateBuilder {
    private CertificateBuilder() {
    }

    static X509Certificate build(X500Principal issuerName, PrivateKey issuerKey, PublicKey issuerPublicKey,
            X509Certificate issuerCertificate, PublicKey subjectKey, CertificateSpec spec) throws IssuingException {
        X500Principal subject = spec.subject();
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuerName, serialNumber(),
                    Date.from(spec.notBefore()), Date.from(spec.notAfter()), subject, subjectKey);
            builder.addExtension(Extension.basicConstraints, true, spec.certificateAuthority()
                    ? (spec.pathLength() == null ? new BasicConstraints(true) : new BasicConstraints(spec.pathLength()))
                    : new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsageBit.toMask(keyUsage(spec, subjectKey))));
            Set<KeyPurpose> purposes = purposes(spec);
            if (!purposes.isEmpty()) {
                builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purposes.stream()
                        .map(p -> KeyPurposeId.getInstance(new ASN1ObjectIdentifier(p.oid())))
                        .toArray(KeyPurposeId[]::new)));
            }
            if (!spec.altNames().isEmpty()) {
                boolean emptySubject = subject.getEncoded().length <= 2;
                builder.addExtension(Extension.subjectAlternativeName, emptySubject, new GeneralNames(
                        spec.altNames().stream().map(AltName::toGeneralName).toArray(GeneralName[]::new)));
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(subjectKey));
            if (issuerCertificate != null) {
                builder.addExtension(Extension.authorityKeyIdentifier, false,
                        utils.createAuthorityKeyIdentifier(issuerPublicKey));
            }
            ContentSigner signer = new JcaContentSignerBuilder(SignatureAlgorithms.forKey(issuerKey))
                    .setProvider(BouncyCastle.provider())
                    .setSecureRandom(Randoms.secureRandom())
                    .build(issuerKey);
            return CertificateDecoder.certificate(builder.build(signer).toASN1Structure());
        } catch (NoSuchAlgorithmException | CertIOException | OperatorCreationException
                | DecodeException e) {
            throw new IssuingException("The certificate could not be created.", e);
        } catch (IllegalArgumentException e) {
            throw new IssuingException("The certificate request is not valid: " + e.getMessage(), e);
        }
    }

    /** 16 random bytes, positive and never zero, as CA/B asks (at least 64 bits of entropy). */
    static BigInteger serialNumber() {
        byte[] bytes = Randoms.bytes(16);
        bytes[0] = (byte) ((bytes[0] & 0x7f) | 0x01);
        return new BigInteger(1, bytes);
    }

    private static Set<KeyUsageBit> keyUsage(CertificateSpec spec, PublicKey subjectKey) {
        if (!spec.keyUsage().isEmpty()) {
            return spec.keyUsage();
        }
        if (spec.certificateAuthority()) {
            return EnumSet.of(KeyUsageBit.KEY_CERT_SIGN, KeyUsageBit.CRL_SIGN, KeyUsageBit.DIGITAL_SIGNATURE);
        }
        return subjectKey instanceof RSAKey
                ? EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE, KeyUsageBit.KEY_ENCIPHERMENT)
                : EnumSet.of(KeyUsageBit.DIGITAL_SIGNATURE);
    }

    /** Explicit purposes, else TLS for a leaf with host names and e-mail protection for one with addresses. */
    private static Set<KeyPurpose> purposes(CertificateSpec spec) {
        if (!spec.purposes().isEmpty() || spec.certificateAuthority()) {
            return spec.purposes();
        }
        EnumSet<KeyPurpose> purposes = EnumSet.noneOf(KeyPurpose.class);
        for (AltName name : spec.altNames()) {
            switch (name.type()) {
                case DNS, IP -> {
                    purposes.add(KeyPurpose.SERVER_AUTH);
                    purposes.add(KeyPurpose.CLIENT_AUTH);
                }
                case EMAIL -> purposes.add(KeyPurpose.EMAIL_PROTECTION);
                default -> {
                }
            }
        }
        return purposes;
    }
}
