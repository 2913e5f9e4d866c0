package dev.latchkey.model.issuing;

import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.issuing.CertificateIssuer;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.issuing.CertificationRequest;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.keypair.KeyMatch;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.x509.AltName;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.CryptoErrors;
import dev.latchkey.model.certificates.KeyAttributes;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.NewItem;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.UUID;
import javax.security.auth.x500.X500Principal;

/**
 * Keychain Access's Certificate Assistant on a keychain: creates key pairs, self-signed
 * certificates, certificate authorities, certificates issued by a stored CA identity, and
 * certificate requests, and stores what it makes (a new identity's certificate and key in one
 * transaction). Signing with a stored CA reads its private key only for that signature.
 */
public final class KeychainIssuer {
    private final KeychainCertificates certificates;
    private final Keychain keychain;

    public KeychainIssuer(KeychainCertificates certificates) {
        this.certificates = certificates;
        this.keychain = certificates.keychain();
    }

    /** A certificate request and the key item it was made for. */
    public record Request(Item key, CertificationRequest request) {
    }

    /** A new key pair, stored as a private-key item ({@code create-keypair}). */
    public Item createKeyPair(KeyAlgorithm algorithm, String label) throws LatchkeyException {
        KeyPair keys = algorithm.generate();
        return stored(storeKey(keys.getPrivate(), label));
    }

    /** A new key pair and a self-signed certificate for it, stored as an identity. */
    public StoredIdentity createSelfSigned(KeyAlgorithm algorithm, CertificateSpec spec, String label)
            throws LatchkeyException {
        try {
            return store(CertificateIssuer.selfSignedIdentity(algorithm, spec), label);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /** A new root certificate authority, stored as an identity; {@code spec} must say CA. */
    public StoredIdentity createCertificateAuthority(KeyAlgorithm algorithm, CertificateSpec spec, String label)
            throws LatchkeyException {
        try {
            return store(CertificateIssuer.certificateAuthority(algorithm, spec), label);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /** A new key pair and a certificate for it issued by a stored CA identity, stored as an identity. */
    public StoredIdentity issue(StoredIdentity issuer, KeyAlgorithm algorithm, CertificateSpec spec, String label)
            throws LatchkeyException {
        try {
            return store(CertificateIssuer.issueIdentity(certificates.open(issuer), algorithm, spec), label);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /** A new key pair (stored) and a certificate request for it. */
    public Request createRequest(KeyAlgorithm algorithm, X500Principal subject, List<AltName> altNames, String label)
            throws LatchkeyException {
        KeyPair keys = algorithm.generate();
        CertificationRequest request = request(keys, subject, altNames);
        Item key = stored(storeKey(keys.getPrivate(), label != null && !label.isBlank() ? label
                : CertificateAttributes.commonName(subject).orElse(null)));
        return new Request(key, request);
    }

    /** A certificate request for a key already in the keychain (a renewal). */
    public CertificationRequest createRequest(Item key, X500Principal subject, List<AltName> altNames)
            throws LatchkeyException {
        PrivateKey privateKey = certificates.privateKey(key);
        try {
            return request(new KeyPair(KeyMatch.publicKeyOf(privateKey), privateKey), subject, altNames);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    /**
     * Signs a request with a stored CA identity and stores the certificate; the spec's subject
     * and names win, else the request's are used. PARAM when the request's signature is bad.
     */
    public StoredCertificate signRequest(StoredIdentity issuer, CertificationRequest request, CertificateSpec spec)
            throws LatchkeyException {
        X509Certificate certificate;
        try {
            certificate = request.sign(certificates.open(issuer), spec);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
        UUID id = keychain.add(ItemClass.CERTIFICATE, CertificateAttributes.of(certificate, null), null);
        return new StoredCertificate(stored(id), certificate);
    }

    private static CertificationRequest request(KeyPair keys, X500Principal subject, List<AltName> altNames)
            throws LatchkeyException {
        try {
            return CertificationRequest.create(keys, subject, altNames);
        } catch (CryptoException e) {
            throw CryptoErrors.map(e);
        }
    }

    private UUID storeKey(PrivateKey key, String label) throws LatchkeyException {
        try (Secret pkcs8 = Secret.wrap(key.getEncoded())) {
            return keychain.add(ItemClass.KEY, KeyAttributes.of(key, label), pkcs8);
        }
    }

    /** Stores a new identity's certificate and key in one transaction. */
    private StoredIdentity store(Identity identity, String label) throws LatchkeyException {
        X509Certificate certificate = identity.certificate();
        String name = label != null && !label.isBlank() ? label : CertificateAttributes.defaultLabel(certificate);
        try (Secret pkcs8 = Secret.wrap(identity.privateKey().getEncoded())) {
            List<UUID> ids = keychain.addAll(List.of(
                    new NewItem(ItemClass.CERTIFICATE, CertificateAttributes.of(certificate, name), null),
                    new NewItem(ItemClass.KEY, KeyAttributes.of(identity.privateKey(), name), pkcs8)));
            return new StoredIdentity(new StoredCertificate(stored(ids.get(0)), certificate), stored(ids.get(1)));
        }
    }

    private Item stored(UUID id) throws LatchkeyException {
        return keychain.get(id).orElseThrow(() -> new LatchkeyException(Status.ITEM_NOT_FOUND,
                "the new item was removed by another process"));
    }
}
