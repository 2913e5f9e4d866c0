package dev.latchkey.crypto.issuing;

import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.keypair.KeyMatch;
import dev.latchkey.crypto.material.Identity;
import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Keychain Access's Certificate Assistant: self-signed certificates, certificate authorities,
 * certificates issued by a CA identity, and signing of certificate requests (see
 * {@link CertificationRequest}).
 */
public final class CertificateIssuer {
    private CertificateIssuer() {
    }

    /** A self-signed certificate for {@code keys} (a leaf, or a root when the spec says CA). */
    public static X509Certificate selfSigned(KeyPair keys, CertificateSpec spec) throws IssuingException {
        requireSubject(spec);
        return CertificateBuilder.build(spec.subject(), keys.getPrivate(), keys.getPublic(), null, keys.getPublic(), spec);
    }

    /** A new key pair and a self-signed identity for it. */
    public static Identity selfSignedIdentity(KeyAlgorithm algorithm, CertificateSpec spec) throws IssuingException {
        KeyPair keys = algorithm.generate();
        return new Identity(keys.getPrivate(), selfSigned(keys, spec));
    }

    /** A new root certificate authority: fresh keys, a self-signed CA certificate. */
    public static Identity certificateAuthority(KeyAlgorithm algorithm, CertificateSpec spec) throws IssuingException {
        if (!spec.certificateAuthority()) {
            throw new IssuingException("A certificate authority's specification must say it is a CA.");
        }
        return selfSignedIdentity(algorithm, spec);
    }

    /** A certificate for {@code subjectKey}, signed by {@code issuer}. */
    public static X509Certificate issue(Identity issuer, PublicKey subjectKey, CertificateSpec spec)
            throws IssuingException {
        requireSubject(spec);
        return issueAs(issuer, subjectKey, spec);
    }

    /** Fresh keys and a certificate for them signed by {@code issuer}; the chain includes the issuer's. */
    public static Identity issueIdentity(Identity issuer, KeyAlgorithm algorithm, CertificateSpec spec)
            throws IssuingException {
        KeyPair keys = algorithm.generate();
        X509Certificate certificate = issue(issuer, keys.getPublic(), spec);
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(certificate);
        chain.addAll(issuer.chain());
        return new Identity(null, keys.getPrivate(), chain);
    }

    static X509Certificate issueAs(Identity issuer, PublicKey subjectKey, CertificateSpec spec)
            throws IssuingException {
        X509Certificate ca = issuer.certificate();
        if (ca.getBasicConstraints() < 0) {
            throw new IssuingException("\"" + ca.getSubjectX500Principal().getName()
                    + "\" is not a certificate authority and cannot issue certificates.");
        }
        boolean[] usage = ca.getKeyUsage();
        if (usage != null && (usage.length <= 5 || !usage[5])) {
            throw new IssuingException("The CA certificate's key usage does not allow signing certificates.");
        }
        if (spec.certificateAuthority() && ca.getBasicConstraints() == 0) {
            throw new IssuingException("The CA's path length of 0 forbids issuing further CA certificates.");
        }
        if (!KeyMatch.matches(issuer.privateKey(), ca.getPublicKey())) {
            throw new IssuingException("The CA's private key does not match its certificate.");
        }
        return CertificateBuilder.build(ca.getSubjectX500Principal(), issuer.privateKey(), ca.getPublicKey(), ca,
                subjectKey, spec);
    }

    private static void requireSubject(CertificateSpec spec) throws IssuingException {
        if (spec.subject() == null) {
            throw new IssuingException("The certificate needs a subject name.");
        }
        if (spec.subject().getEncoded().length <= 2 && spec.altNames().isEmpty()) {
            throw new IssuingException("A certificate with an empty subject needs an alternative name.");
        }
    }
}
