package dev.latchkey.crypto.codesign;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * One signer of a JAR (one signature block in META-INF).
 *
 * @param name               the signature's name ("SIGNER" for META-INF/SIGNER.SF)
 * @param chain              the signer's certificate first, then the others the block carries
 * @param digestAlgorithm    the digest of the signature file, "SHA-256", …
 * @param signatureAlgorithm "SHA256WITHECDSA", …
 * @param signatureValid     true when the block's signature verifies over the signature file
 * @param problem            why it does not, or empty
 * @param timestamp          the timestamp token on the signature, if any
 */
public record JarSignerReport(String name, List<X509Certificate> chain, String digestAlgorithm,
        String signatureAlgorithm, boolean signatureValid, String problem, Optional<TimestampReport> timestamp) {
    public JarSignerReport {
        chain = List.copyOf(chain);
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
