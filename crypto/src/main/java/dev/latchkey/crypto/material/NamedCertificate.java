package dev.latchkey.crypto.material;

import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.Optional;

/** A certificate and the friendly name or alias its file gave it, if any. */
public record NamedCertificate(String name, X509Certificate certificate) {
    public NamedCertificate {
        Objects.requireNonNull(certificate, "certificate");
    }

    public static NamedCertificate unnamed(X509Certificate certificate) {
        return new NamedCertificate(null, certificate);
    }

    public Optional<String> friendlyName() {
        return Optional.ofNullable(name);
    }
}
