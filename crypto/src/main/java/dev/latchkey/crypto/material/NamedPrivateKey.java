package dev.latchkey.crypto.material;

import java.security.PrivateKey;
import java.util.Objects;
import java.util.Optional;

/**
 * A private key without a matching certificate in the same file, and its friendly name if any.
 * The model seals {@code key.getEncoded()} (PKCS#8) at once and wipes that array.
 */
public record NamedPrivateKey(String name, PrivateKey key) {
    public NamedPrivateKey {
        Objects.requireNonNull(key, "key");
    }

    public Optional<String> friendlyName() {
        return Optional.ofNullable(name);
    }

    @Override
    public String toString() {
        return "NamedPrivateKey[" + name + ", " + key.getAlgorithm() + ", redacted]";
    }
}
