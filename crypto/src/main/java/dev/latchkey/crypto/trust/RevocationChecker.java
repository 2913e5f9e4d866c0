package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.UnsupportedFormatException;
import java.math.BigInteger;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * RFC 5280 §6.3 against the CRLs of the trust store: distribution points and their scope, reason
 * partitions, indirect CRLs, delta CRLs, and CRLs signed by a separate key whose certificate must
 * itself validate to the same anchor.
 */
final class RevocationChecker {
    /** Validates a CRL signer's certificate to {@code anchor}; supplied by the evaluator (recursion). */
    interface SignerValidation {
        boolean validates(CertInfo signer, CertInfo anchor, Instant time, List<CertificatePool> pools, int depth);
    }

    private enum Status { GOOD, REVOKED, UNDETERMINED }

    private record Outcome(Status status, CrlInfo.Entry entry) {
    }

    private static final int MAX_DEPTH = 3;

    private final TrustStore store;
    private final SignatureVerifier verifier;
    private final SignerValidation signers;

    RevocationChecker(TrustStore store, SignatureVerifier verifier, SignerValidation signers) {
        this.store = store;
        this.verifier = verifier;
        this.signers = signers;
    }

    void check(CandidatePath path, TrustPolicy policy, Instant time, int depth, List<CertificatePool> pools,
            Findings findings) {
        if (!path.anchored() || (store.crls().isEmpty() && policy.revocation() != RevocationMode.REQUIRED)) {
            return;
        }
        for (int i = 0; i < path.top(); i++) {
            Outcome outcome = status(path, i, time, depth, pools);
            if (outcome.status() == Status.REVOKED) {
                findings.add(i, FindingCode.REVOKED, "The certificate was revoked on "
                        + PathValidator.date(outcome.entry().revoked()) + reasonText(outcome.entry().reason()) + ".");
            } else if (outcome.status() == Status.UNDETERMINED && policy.revocation() == RevocationMode.REQUIRED) {
                findings.add(i, FindingCode.REVOCATION_UNKNOWN,
                        "No current, correctly signed revocation list covers this certificate.");
            }
        }
    }

    private Outcome status(CandidatePath path, int i, Instant time, int depth, List<CertificatePool> pools) {
        CertInfo cert = path.get(i);
        int covered = 0;
        for (DistributionPoint point : CrlScope.pointsOf(cert)) {
            for (CrlInfo crl : store.crls()) {
                if (crl.isDelta() || !usable(crl, time) || !CrlScope.covers(crl, cert, point)) {
                    continue;
                }
                int reasons = CrlScope.reasons(crl, point);
                if ((reasons & ~covered) == 0 || !signedByValidIssuer(crl, path, i, time, depth, pools)) {
                    continue;
                }
                CrlInfo.Entry entry = lookup(crl, cert, point, path, i, time, depth, pools);
                if (entry != null && entry.unknownCriticalExtension()) {
                    continue;
                }
                if (entry != null && !CrlInfo.isRemoveFromCrl(entry)) {
                    return new Outcome(Status.REVOKED, entry);
                }
                covered |= reasons;
                if (covered == CrlScope.ALL_REASONS) {
                    return new Outcome(Status.GOOD, null);
                }
            }
        }
        return new Outcome(Status.UNDETERMINED, null);
    }

    /** The entry for the certificate: a current delta CRL for this base speaks first. */
    private CrlInfo.Entry lookup(CrlInfo base, CertInfo cert, DistributionPoint point, CandidatePath path, int i,
            Instant time, int depth, List<CertificatePool> pools) {
        BigInteger serial = cert.tbs.getSerialNumber().getValue();
        for (CrlInfo delta : store.crls()) {
            if (delta.isDelta() && base.number != null && delta.baseNumber.compareTo(base.number) <= 0
                    && delta.issuer.equals(base.issuer) && usable(delta, time) && CrlScope.covers(delta, cert, point)
                    && signedByValidIssuer(delta, path, i, time, depth, pools)) {
                CrlInfo.Entry entry = delta.find(cert.issuer, serial);
                if (entry != null) {
                    return entry;
                }
            }
        }
        return base.find(cert.issuer, serial);
    }

    private static boolean usable(CrlInfo crl, Instant time) {
        return !crl.unknownCriticalExtension && !crl.thisUpdate.isAfter(time)
                && (crl.nextUpdate == null || !crl.nextUpdate.isBefore(time));
    }

    /** The certificate's own issuer signed it, or another certificate of that name that validates to the same anchor. */
    private boolean signedByValidIssuer(CrlInfo crl, CandidatePath path, int i, Instant time, int depth,
            List<CertificatePool> pools) {
        CertInfo issuer = path.get(i + 1);
        if (crl.issuer.equals(issuer.subject) && issuer.ext.hasKeyUsage(KeyUsage.cRLSign)
                && signatureValid(crl, path, i + 1, issuer)) {
            return true;
        }
        if (depth >= MAX_DEPTH) {
            return false;
        }
        for (CertInfo candidate : candidates(crl, pools)) {
            if (!candidate.equals(issuer) && candidate.ext.hasKeyUsage(KeyUsage.cRLSign)
                    && signatureValid(crl, null, -1, candidate)
                    && signers.validates(candidate, path.get(path.top()), time, pools, depth + 1)) {
                return true;
            }
        }
        return false;
    }

    private List<CertInfo> candidates(CrlInfo crl, List<CertificatePool> pools) {
        List<CertInfo> out = new ArrayList<>();
        for (CertificatePool pool : pools) {
            for (CertInfo c : pool.withSubject(crl.issuer)) {
                if (!out.contains(c)) {
                    out.add(c);
                }
            }
        }
        if (crl.authorityKeyId != null) {
            out.sort((a, b) -> Boolean.compare(!Arrays.equals(crl.authorityKeyId, a.ext.subjectKeyId),
                    !Arrays.equals(crl.authorityKeyId, b.ext.subjectKeyId)));
        }
        return out;
    }

    private boolean signatureValid(CrlInfo crl, CandidatePath path, int index, CertInfo signer) {
        PublicKey key;
        try {
            key = path != null ? KeyResolver.keyOf(path, index) : signer.publicKey();
        } catch (UnsupportedFormatException e) {
            return false;
        }
        byte[] encoded = crl.encoded();
        return verifier.verify(SignatureVerifier.firstElement(encoded), crl.structure.getSignatureAlgorithm(),
                crl.structure.getSignature(), key, signer.sha256()) == SignatureVerifier.Verdict.VALID;
    }

    private static String reasonText(int reason) {
        if (reason < 0) {
            return "";
        }
        String name = CRLReason.lookup(reason).toString();
        return " (" + name.replace("CRLReason: ", "") + ")";
    }
}
