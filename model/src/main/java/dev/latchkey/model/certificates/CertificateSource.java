package dev.latchkey.model.certificates;

import dev.latchkey.model.LatchkeyException;
import java.util.List;

/**
 * Somewhere certificates are listed from: a keychain, or the read-only System Roots. The GUI
 * shows each in the sidebar and searches them the same way.
 */
public interface CertificateSource {
    /** The name shown for the source ("login", "System Roots"). */
    String name();

    /** True when nothing can be added, changed or removed. */
    boolean readOnly();

    /** Every certificate, sorted by label. */
    List<StoredCertificate> certificates() throws LatchkeyException;

    /** Certificates whose label, subject, issuer or e-mail addresses contain every term of {@code text}. */
    default List<StoredCertificate> search(String text) throws LatchkeyException {
        return certificates().stream().filter(c -> c.matchesText(text)).toList();
    }
}
