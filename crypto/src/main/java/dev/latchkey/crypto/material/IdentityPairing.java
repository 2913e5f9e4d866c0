package dev.latchkey.crypto.material;

import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.keypair.KeyMatch;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the loose keys and certificates of one file into identities: a key pairs with the
 * certificate carrying the same PKCS#12 local key id, else with one whose public key matches.
 * The identity takes the certificate's friendly name, else the key's.
 */
public final class IdentityPairing {
    private static final int MAX_CHAIN = 10;

    /** A private key as found, with its friendly name and PKCS#12 local key id (both optional). */
    public record KeyEntry(String name, PrivateKey key, byte[] localKeyId) {
        @Override
        public String toString() {
            return "KeyEntry[" + name + ", redacted]";
        }
    }

    /** A certificate as found, with its friendly name and PKCS#12 local key id (both optional). */
    public record CertEntry(String name, X509Certificate certificate, byte[] localKeyId) {
    }

    private final List<Identity> paired = new ArrayList<>();
    private final List<KeyEntry> keys = new ArrayList<>();
    private final List<CertEntry> certificates = new ArrayList<>();
    private final List<PublicKey> publicKeys = new ArrayList<>();
    private final List<X509CRL> crls = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    public IdentityPairing addKey(String name, PrivateKey key, byte[] localKeyId) {
        keys.add(new KeyEntry(name, key, localKeyId));
        return this;
    }

    /** An identity the file paired itself (a key store entry); its CA certificates are listed too. */
    public IdentityPairing addIdentity(Identity identity) {
        paired.add(identity);
        for (X509Certificate ca : identity.chain().subList(1, identity.chain().size())) {
            addCertificate(null, ca, null);
        }
        return this;
    }

    public IdentityPairing addCertificate(String name, X509Certificate certificate, byte[] localKeyId) {
        certificates.add(new CertEntry(name, certificate, localKeyId));
        return this;
    }

    public IdentityPairing addPublicKey(PublicKey key) {
        publicKeys.add(key);
        return this;
    }

    public IdentityPairing addCrl(X509CRL crl) {
        crls.add(crl);
        return this;
    }

    public IdentityPairing skip(String description) {
        skipped.add(description);
        return this;
    }

    public KeyMaterial build(SourceFormat format) {
        boolean[] used = new boolean[certificates.size()];
        List<Identity> identities = new ArrayList<>(paired);
        List<NamedPrivateKey> loneKeys = new ArrayList<>();
        for (KeyEntry key : keys) {
            int match = byLocalKeyId(key, used);
            if (match < 0) {
                match = byPublicKey(key, used);
            }
            if (match < 0) {
                loneKeys.add(new NamedPrivateKey(key.name(), key.key()));
                continue;
            }
            used[match] = true;
            CertEntry cert = certificates.get(match);
            String name = cert.name() != null ? cert.name() : key.name();
            identities.add(new Identity(name, key.key(), chainFrom(cert.certificate())));
        }
        List<NamedCertificate> others = new ArrayList<>();
        List<X509Certificate> seen = new ArrayList<>();
        identities.forEach(identity -> seen.add(identity.certificate()));
        for (int i = 0; i < certificates.size(); i++) {
            if (!used[i] && !seen.contains(certificates.get(i).certificate())) {
                seen.add(certificates.get(i).certificate());
                others.add(new NamedCertificate(certificates.get(i).name(), certificates.get(i).certificate()));
            }
        }
        return new KeyMaterial(format, identities, others, loneKeys, publicKeys, crls, skipped);
    }

    private int byLocalKeyId(KeyEntry key, boolean[] used) {
        if (key.localKeyId() == null) {
            return -1;
        }
        for (int i = 0; i < certificates.size(); i++) {
            if (!used[i] && Arrays.equals(key.localKeyId(), certificates.get(i).localKeyId())) {
                return i;
            }
        }
        return -1;
    }

    private int byPublicKey(KeyEntry key, boolean[] used) {
        PublicKey derived;
        try {
            derived = KeyMatch.publicKeyOf(key.key());
        } catch (UnsupportedFormatException e) {
            return -1;
        }
        for (int i = 0; i < certificates.size(); i++) {
            if (!used[i] && KeyMatch.samePublicKey(derived, certificates.get(i).certificate().getPublicKey())) {
                return i;
            }
        }
        return -1;
    }

    /** The certificate followed by its issuers among this file's certificates, by name. */
    private List<X509Certificate> chainFrom(X509Certificate leaf) {
        List<X509Certificate> chain = new ArrayList<>(List.of(leaf));
        X509Certificate current = leaf;
        while (chain.size() < MAX_CHAIN
                && !current.getIssuerX500Principal().equals(current.getSubjectX500Principal())) {
            X509Certificate issuer = null;
            for (CertEntry c : certificates) {
                if (!chain.contains(c.certificate())
                        && c.certificate().getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
                    issuer = c.certificate();
                    break;
                }
            }
            if (issuer == null) {
                break;
            }
            chain.add(issuer);
            current = issuer;
        }
        return chain;
    }
}
