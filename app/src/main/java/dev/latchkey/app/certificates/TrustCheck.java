package dev.latchkey.app.certificates;

import dev.latchkey.crypto.trust.Finding;
import dev.latchkey.crypto.trust.FindingCode;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.CertificateTrust;
import dev.latchkey.model.trust.SystemRoots;
import dev.latchkey.model.trust.TrustService;
import dev.latchkey.model.trust.TrustSettings;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Trust as the window shows it: a {@link TrustService} over System Roots and one keychain's
 * certificates and trust settings, and the banner's verdict (basic policy, now). Slow (builds
 * a trust store, checks signatures): call it off the UI thread.
 */
public final class TrustCheck {
    private final Clock clock;
    /** Revocation lists the user loaded in the trust viewer; they count until the app quits. */
    private final List<X509CRL> crls = new CopyOnWriteArrayList<>();

    public TrustCheck(Clock clock) {
        this.clock = clock;
    }

    public Clock clock() {
        return clock;
    }

    /** Adds revocation lists for every later check (the banner's and the trust viewer's). */
    public void addCrls(List<X509CRL> lists) {
        crls.addAll(lists);
    }

    public int crlCount() {
        return crls.size();
    }

    /** System Roots and the loaded revocation lists plus, when given, the keychain's certificates and trust settings. */
    public TrustService service(Keychain keychain) throws LatchkeyException {
        TrustService.Builder builder = TrustService.builder().systemRoots(SystemRoots.platform()).clock(clock)
                .crls(List.copyOf(crls));
        if (keychain != null) {
            builder.keychain(keychain);
        }
        return builder.build();
    }

    /** The banner's verdict; {@code keychain} (may be null) supplies certificates and trust settings. */
    public TrustVerdict verdict(X509Certificate certificate, Keychain keychain) throws LatchkeyException {
        TrustResult result = service(keychain).evaluate(certificate, List.of(), TrustPolicy.basic(), null);
        CertificateTrust settings = keychain == null ? CertificateTrust.none(certificate)
                : new TrustSettings(keychain).of(certificate);
        List<PolicyKind> neverTrusted = new ArrayList<>();
        for (PolicyKind kind : PolicyKind.values()) {
            if (settings.effective(kind) == TrustSetting.NEVER_TRUST) {
                neverTrusted.add(kind);
            }
        }
        Optional<Finding> revoked = first(result, FindingCode.REVOKED, false);
        Optional<Finding> expired = first(result, FindingCode.EXPIRED, true);
        Optional<Finding> early = first(result, FindingCode.NOT_YET_VALID, true);
        if (revoked.isPresent()) {
            return new TrustVerdict(CertificateStatus.REVOKED, revoked.get().message(), neverTrusted, result.result());
        }
        if (expired.isPresent()) {
            return new TrustVerdict(CertificateStatus.EXPIRED, expired.get().message(), neverTrusted, result.result());
        }
        if (early.isPresent()) {
            return new TrustVerdict(CertificateStatus.NOT_YET_VALID, early.get().message(), neverTrusted,
                    result.result());
        }
        if (!result.trusted()) {
            String why = result.findings().isEmpty() ? "" : result.findings().get(0).message();
            return new TrustVerdict(CertificateStatus.NOT_TRUSTED, why, neverTrusted, result.result());
        }
        // Trusted for the basic policy, yet the user said Never Trust for some: Keychain Access
        // marks such a certificate as not trusted too.
        return new TrustVerdict(neverTrusted.isEmpty() ? CertificateStatus.VALID : CertificateStatus.NOT_TRUSTED, "",
                neverTrusted, result.result());
    }

    /** The first finding with {@code code}; with {@code leafOnly}, only about the certificate itself. */
    private static Optional<Finding> first(TrustResult result, FindingCode code, boolean leafOnly) {
        return result.findings().stream().filter(f -> f.code() == code && (!leafOnly || f.certIndex() == 0))
                .findFirst();
    }
}
