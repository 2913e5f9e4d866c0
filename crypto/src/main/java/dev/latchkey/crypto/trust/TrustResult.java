package dev.latchkey.crypto.trust;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The outcome of one evaluation, shaped like Apple's SecTrust result.
 *
 * @param result   the verdict
 * @param chain    the chosen chain, leaf first; it ends at the anchor when one was reached,
 *                 else at the last issuer that could be found
 * @param findings what is wrong, per certificate (empty when trusted)
 * @param anchored true when the chain reached a trusted anchor (so the findings, not a
 *                 missing root, are the reason for a failure)
 */
public record TrustResult(TrustResultType result, List<X509Certificate> chain, List<Finding> findings,
        boolean anchored) {
    public TrustResult {
        chain = List.copyOf(chain);
        findings = List.copyOf(findings);
    }

    public boolean trusted() {
        return result.trusted();
    }

    public List<Finding> findingsFor(int certIndex) {
        return findings.stream().filter(f -> f.certIndex() == certIndex).toList();
    }
}
