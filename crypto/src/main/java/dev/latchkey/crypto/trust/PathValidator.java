package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.UnsupportedFormatException;
import java.security.PublicKey;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Runs every check of architecture §5 on one candidate path and collects the findings. */
final class PathValidator {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final TrustStore store;
    private final SignatureVerifier verifier;
    private final RevocationChecker revocation;

    PathValidator(TrustStore store, SignatureVerifier verifier, RevocationChecker revocation) {
        this.store = store;
        this.verifier = verifier;
        this.revocation = revocation;
    }

    Findings validate(CandidatePath path, Evaluation evaluation) {
        TrustPolicy policy = evaluation.policy();
        Instant time = evaluation.time();
        Findings findings = new Findings();
        for (int i = 0; i < path.size(); i++) {
            boolean grandfathered = path.isAnchor(i) && store.isSystemRoot(path.get(i));
            ProfileChecks.check(path, i, policy, grandfathered, findings);
            validity(path.get(i), i, time, findings);
            if (store.setting(path.get(i), policy.kind()) == TrustSetting.NEVER_TRUST) {
                findings.add(i, FindingCode.DENIED_BY_TRUST_SETTING, "You set this certificate to Never Trust.");
            }
        }
        if (!path.anchored()) {
            CertInfo top = path.get(path.top());
            findings.add(path.top(), top.selfIssued ? FindingCode.UNTRUSTED_ROOT : FindingCode.ISSUER_NOT_FOUND,
                    top.selfIssued ? "\"" + top.displayName() + "\" is a root certificate that is not trusted."
                            : "The certificate of its issuer, \"" + issuerName(top) + "\", could not be found.");
        }
        signatures(path, findings);
        IssuerChecks.check(path, policy, findings);
        nameConstraints(path, findings);
        PolicyTree.check(path, findings);
        AlgorithmRules.check(path, policy, findings);
        UsageRules.check(path, policy, findings);
        NameMatcher.check(path, policy, findings);
        if (policy.revocation() != RevocationMode.OFF) {
            revocation.check(path, policy, time, evaluation.depth(), evaluation.pools(), findings);
        }
        return findings;
    }

    /** A moment as findings show it: "2026-05-01 12:00 UTC". */
    static String date(Instant instant) {
        return DATE.format(instant);
    }

    private static void validity(CertInfo c, int i, Instant time, Findings findings) {
        if (time.isBefore(c.notBefore)) {
            findings.add(i, FindingCode.NOT_YET_VALID, "The certificate is not valid before " + DATE.format(c.notBefore) + ".");
        } else if (time.isAfter(c.notAfter)) {
            findings.add(i, FindingCode.EXPIRED, "The certificate expired on " + DATE.format(c.notAfter) + ".");
        }
    }

    private void signatures(CandidatePath path, Findings findings) {
        for (int i = 0; i < path.top(); i++) {
            CertInfo subject = path.get(i);
            PublicKey key;
            try {
                key = KeyResolver.keyOf(path, i + 1);
            } catch (UnsupportedFormatException e) {
                findings.add(i, FindingCode.UNSUPPORTED_SIGNATURE_ALGORITHM,
                        "The issuer's public key cannot be used to check the signature.");
                continue;
            }
            SignatureVerifier.Verdict verdict = verifier.verify(SignatureVerifier.firstElement(subject.encoded),
                    subject.structure.getSignatureAlgorithm(), subject.structure.getSignature(), key,
                    path.get(i + 1).sha256());
            if (verdict == SignatureVerifier.Verdict.INVALID) {
                findings.add(i, FindingCode.BAD_SIGNATURE, "The signature of \"" + path.get(i + 1).displayName()
                        + "\" on this certificate is not valid.");
            } else if (verdict == SignatureVerifier.Verdict.UNSUPPORTED) {
                findings.add(i, FindingCode.UNSUPPORTED_SIGNATURE_ALGORITHM, "The signature algorithm "
                        + subject.structure.getSignatureAlgorithm().getAlgorithm().getId() + " is not supported.");
            }
        }
    }

    private static void nameConstraints(CandidatePath path, Findings findings) {
        NameConstraintState state = new NameConstraintState();
        addConstraints(state, path, path.top(), findings);
        for (int i = path.top() - 1; i >= 0; i--) {
            CertInfo c = path.get(i);
            if (!state.isEmpty() && (i == 0 || !c.selfIssued)) {
                String violation = state.check(c);
                if (violation != null) {
                    findings.add(i, FindingCode.NAME_CONSTRAINT_VIOLATION, violation);
                }
            }
            if (i > 0) {
                addConstraints(state, path, i, findings);
            }
        }
    }

    private static void addConstraints(NameConstraintState state, CandidatePath path, int i, Findings findings) {
        if (path.get(i).ext.nameConstraints != null) {
            String problem = state.add(path.get(i).ext.nameConstraints);
            if (problem != null) {
                findings.add(i, FindingCode.INVALID_NAME_CONSTRAINTS, problem);
            }
        }
    }

    private static String issuerName(CertInfo c) {
        String name = c.issuerName.toString();
        return name.isEmpty() ? "(empty name)" : name;
    }
}
