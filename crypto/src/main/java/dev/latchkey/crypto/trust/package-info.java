/**
 * Certificate trust evaluation (architecture §5). Entry point: {@link dev.latchkey.crypto.trust.TrustEvaluator}
 * over a {@link dev.latchkey.crypto.trust.TrustStore} (anchors, per-certificate and per-policy
 * {@link dev.latchkey.crypto.trust.TrustSetting}s, further certificates, CRLs) for a
 * {@link dev.latchkey.crypto.trust.TrustPolicy}; the answer is a {@link dev.latchkey.crypto.trust.TrustResult}.
 *
 * <p>Profile choices where public suites disagree: the SSL server policy follows the CA/Browser
 * Forum where it protects users (SAN required, no CN fallback, no "any purpose" EKU on a server
 * certificate, key identifiers present, positive serials) but, like browsers, accepts a server
 * certificate without EKU, non-critical name constraints, and roots that carry an EKU. The basic
 * policy is plain RFC 5280, which NIST PKITS checks.
 */
package dev.latchkey.crypto.trust;
