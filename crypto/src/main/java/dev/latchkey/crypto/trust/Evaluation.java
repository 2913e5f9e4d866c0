package dev.latchkey.crypto.trust;

import java.time.Instant;
import java.util.List;

/** One evaluation's inputs: the policy, the time, the issuer pools, and how deep in CRL-signer checks it runs. */
record Evaluation(TrustPolicy policy, Instant time, List<CertificatePool> pools, int depth) {
}
