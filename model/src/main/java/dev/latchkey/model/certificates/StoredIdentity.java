package dev.latchkey.model.certificates;

import dev.latchkey.model.item.Item;
import java.util.Objects;

/**
 * An identity ("My Certificates"): a certificate item and the key item whose application label
 * is the certificate's public-key hash. Not an item of its own (decision 0004).
 */
public record StoredIdentity(StoredCertificate certificate, Item key) {
    public StoredIdentity {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(key, "key");
    }

    public String label() {
        return certificate.label();
    }
}
