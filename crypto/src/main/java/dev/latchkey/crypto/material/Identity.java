package dev.latchkey.crypto.material;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate and the private key that matches it (Keychain Access's "identity"), with the
 * issuing certificates the file supplied after it ({@code chain.get(0)} is the identity's own).
 */
public record Identity(String name, PrivateKey privateKey, List<X509Certificate> chain) {
    public Identity {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("an identity needs its certificate");
        }
    }

    public Identity(PrivateKey privateKey, X509Certificate certificate) {
        this(null, privateKey, List.of(certificate));
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    public Optional<String> friendlyName() {
        return Optional.ofNullable(name);
    }

    @Override
    public String toString() {
        return "Identity[" + name + ", " + certificate().getSubjectX500Principal() + ", key redacted]";
    }
}
