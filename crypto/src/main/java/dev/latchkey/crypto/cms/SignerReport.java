package dev.latchkey.crypto.cms;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * One signer of a CMS message and whether its signature holds.
 *
 * @param certificate        the signer's certificate, when the message carries it
 * @param signatureValid     true when the signature verifies over the content
 * @param digestAlgorithm    "SHA-256", …
 * @param signatureAlgorithm "SHA256WITHECDSA", …
 * @param signingTime        the signed signing-time attribute, when there is one
 * @param problem            why the signature does not verify, or empty
 */
public record SignerReport(Optional<X509Certificate> certificate, boolean signatureValid, String digestAlgorithm,
        String signatureAlgorithm, Optional<Instant> signingTime, String problem) {
}
