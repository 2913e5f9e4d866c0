package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.DecodeException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * architecture §5: evaluates a leaf certificate for a policy at a time. Builds every candidate path
 * from the leaf through the given intermediates and the store's certificates to an anchor,
 * checks each, and returns the first path without findings — or, when none is clean, the best
 * failing one with its findings. Thread-safe; keep one per {@link TrustStore} to share the
 * signature cache.
 */
public final class TrustEvaluator {
    private static final Comparator<Candidate> BEST = Comparator
            .comparingInt((Candidate c) -> c.path.anchored() ? 0 : 1)
            .thenComparingInt(c -> c.findings.count(Severity.FATAL))
            .thenComparingInt(c -> c.findings.count(Severity.DENIED))
            .thenComparingInt(c -> c.findings.count(Severity.RECOVERABLE))
            .thenComparingInt(c -> c.path.size());

    private final TrustStore store;
    private final PathValidator validator;

    private record Candidate(CandidatePath path, Findings findings) {
    }

    public TrustEvaluator(TrustStore store) {
        this.store = store;
        SignatureVerifier verifier = new SignatureVerifier();
        this.validator = new PathValidator(store, verifier, new RevocationChecker(store, verifier, this::validSigner));
    }

    /**
     * @param leaf          the certificate to evaluate
     * @param intermediates further certificates that may complete the chain, in any order
     * @param policy        what the certificate is for
     * @param time          the moment of validity ("now" for a live check)
     */
    public TrustResult evaluate(X509Certificate leaf, List<X509Certificate> intermediates, TrustPolicy policy,
            Instant time) {
        CertInfo leafInfo;
        try {
            leafInfo = CertInfo.of(leaf);
        } catch (DecodeException e) {
            return new TrustResult(TrustResultType.FATAL_TRUST_FAILURE, List.of(leaf), List.of(new Finding(0,
                    FindingCode.MALFORMED_CERTIFICATE, "The certificate is not correctly encoded and cannot be read.")),
                    false);
        }
        CertificatePool local = new CertificatePool();
        for (X509Certificate c : intermediates) {
            try {
                local.add(CertInfo.of(c));
            } catch (DecodeException e) {
                // An unreadable extra certificate cannot help build a path; the others may.
            }
        }
        Candidate chosen = search(leafInfo, new Evaluation(policy, time, List.of(local, store.pool()), 0), null);
        return result(chosen, policy);
    }

    private Candidate search(CertInfo leaf, Evaluation evaluation, CertInfo requiredAnchor) {
        Candidate[] best = new Candidate[1];
        // A CRL signer must lead to the very anchor of the path it vouches for, whatever the user's settings.
        PathBuilder builder = new PathBuilder(evaluation.pools(), requiredAnchor != null ? requiredAnchor::equals
                : c -> store.isAnchor(c, evaluation.policy().kind()), evaluation.time());
        builder.build(leaf, path -> {
            Findings findings = validator.validate(path, evaluation);
            Candidate candidate = new Candidate(path, findings);
            boolean acceptable = requiredAnchor == null || path.get(path.top()).equals(requiredAnchor);
            if (acceptable && (best[0] == null || BEST.compare(candidate, best[0]) < 0)) {
                best[0] = candidate;
            }
            return acceptable && findings.isEmpty() && path.anchored();
        });
        return best[0];
    }

    /** A CRL signer is usable when a clean basic path leads from it to the same anchor as the certificate's. */
    private boolean validSigner(CertInfo signer, CertInfo anchor, Instant time, List<CertificatePool> pools,
            int depth) {
        Evaluation nested = new Evaluation(TrustPolicy.basic().withRevocation(RevocationMode.IF_AVAILABLE), time,
                pools, depth);
        Candidate found = search(signer, nested, anchor);
        return found != null && found.path.anchored() && found.findings.isEmpty();
    }

    private TrustResult result(Candidate chosen, TrustPolicy policy) {
        List<X509Certificate> chain = new ArrayList<>();
        chosen.path.certs().forEach(c -> chain.add(c.certificate));
        List<Finding> findings = chosen.findings.sorted();
        TrustResultType type;
        if (chosen.findings.count(Severity.DENIED) > 0) {
            type = TrustResultType.DENY;
        } else if (chosen.findings.count(Severity.FATAL) > 0) {
            type = TrustResultType.FATAL_TRUST_FAILURE;
        } else if (!findings.isEmpty()) {
            type = TrustResultType.RECOVERABLE_TRUST_FAILURE;
        } else {
            type = userTrusted(chosen.path, policy) ? TrustResultType.PROCEED : TrustResultType.UNSPECIFIED;
        }
        return new TrustResult(type, chain, findings, chosen.path.anchored());
    }

    private boolean userTrusted(CandidatePath path, TrustPolicy policy) {
        return path.certs().stream().anyMatch(c -> store.setting(c, policy.kind()) == TrustSetting.ALWAYS_TRUST);
    }
}
