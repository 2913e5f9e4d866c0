package dev.latchkey.crypto.trust;

import org.bouncycastle.asn1.x509.KeyUsage;

/** RFC 5280 §6.1.4 (k)-(n) for every issuing certificate: CA flag, certificate signing, path length. */
final class IssuerChecks {
    private IssuerChecks() {
    }

    static void check(CandidatePath path, TrustPolicy policy, Findings findings) {
        for (int i = 1; i < path.size(); i++) {
            CertInfo c = path.get(i);
            boolean v1Anchor = path.isAnchor(i) && c.version() < 3 && c.tbs.getExtensions() == null;
            if (!c.ext.isCa() && !v1Anchor) {
                findings.add(i, FindingCode.NOT_A_CA, c.ext.basicConstraints == null
                        ? "The certificate issued another certificate but has no basic constraints saying it is a CA."
                        : "The certificate issued another certificate but its basic constraints say it is not a CA.");
            }
            if (!c.ext.hasKeyUsage(KeyUsage.keyCertSign)) {
                findings.add(i, FindingCode.KEY_CERT_SIGN_NOT_ALLOWED,
                        "The certificate issued another certificate, but its key usage does not allow that.");
            }
        }
        pathLength(path, findings);
        if (policy.maxIntermediates() >= 0) {
            int intermediates = 0;
            int last = path.anchored() ? path.top() - 1 : path.top();
            for (int i = 1; i <= last; i++) {
                if (!path.get(i).selfIssued) {
                    intermediates++;
                }
            }
            if (intermediates > policy.maxIntermediates()) {
                findings.add(path.top(), FindingCode.CHAIN_TOO_LONG, "The chain has " + intermediates
                        + (intermediates == 1 ? " intermediate CA" : " intermediate CAs") + ", more than the "
                        + policy.maxIntermediates() + " allowed.");
            }
        }
    }

    /** Walks down from the top: a CA's pathLenConstraint caps how many non-self-issued CAs may follow. */
    private static void pathLength(CandidatePath path, Findings findings) {
        long remaining = Long.MAX_VALUE;
        String limitedBy = null;
        for (int i = path.top(); i >= 1; i--) {
            CertInfo c = path.get(i);
            if (i < path.top() && !c.selfIssued) {
                if (remaining <= 0) {
                    findings.add(i, FindingCode.PATH_LENGTH_EXCEEDED, "\"" + limitedBy
                            + "\" allows no further CA certificates below it, but this is one.");
                }
                remaining--;
            }
            Integer constraint = c.ext.pathLength();
            if (constraint != null && constraint < remaining) {
                remaining = constraint;
                limitedBy = c.displayName();
            }
        }
    }
}
