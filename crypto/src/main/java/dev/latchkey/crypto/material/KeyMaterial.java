package dev.latchkey.crypto.material;

import java.security.PublicKey;
import java.security.cert.X509CRL;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything one file held, read completely or not at all.
 *
 * @param format       the container detected from the content
 * @param identities   certificates paired with their private keys
 * @param certificates every other certificate, including the CA certificates of identity chains
 * @param privateKeys  private keys with no matching certificate in the file
 * @param publicKeys   bare public keys (SubjectPublicKeyInfo or PKCS#1 files)
 * @param crls         revocation lists
 * @param skipped      one line per part that was recognised but not read (a secret-key entry,
 *                     a certificate request, DH parameters), for the import report
 */
public record KeyMaterial(SourceFormat format, List<Identity> identities, List<NamedCertificate> certificates,
        List<NamedPrivateKey> privateKeys, List<PublicKey> publicKeys, List<X509CRL> crls, List<String> skipped) {
    public KeyMaterial {
        Objects.requireNonNull(format, "format");
        identities = List.copyOf(identities);
        certificates = List.copyOf(certificates);
        privateKeys = List.copyOf(privateKeys);
        publicKeys = List.copyOf(publicKeys);
        crls = List.copyOf(crls);
        skipped = List.copyOf(skipped);
    }

    public boolean isEmpty() {
        return identities.isEmpty() && certificates.isEmpty() && privateKeys.isEmpty()
                && publicKeys.isEmpty() && crls.isEmpty();
    }

    /** "1 identity, 2 certificates" — what an import found, for a status line. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        count(parts, identities.size(), "identity", "identities");
        count(parts, certificates.size(), "certificate", "certificates");
        count(parts, privateKeys.size(), "private key", "private keys");
        count(parts, publicKeys.size(), "public key", "public keys");
        count(parts, crls.size(), "revocation list", "revocation lists");
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }

    private static void count(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
