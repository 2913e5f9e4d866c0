package dev.latchkey.model.trust;

import dev.latchkey.crypto.trust.TrustEvaluator;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.crypto.trust.TrustStore;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.keychain.Keychain;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Trust evaluation as the CLI's {@code verify-cert} and the GUI's trust viewer use it (architecture
 * §5): one trust store built from System Roots, a keychain's certificates and trust settings,
 * and the roots, certificates and CRLs given for this evaluation. Without System Roots and
 * keychain ({@code verify-cert -L}) only the given roots are anchors. Build once and evaluate
 * many times; thread-safe.
 */
public final class TrustService {
    private final TrustStore store;
    private final TrustEvaluator evaluator;
    private final Clock clock;

    private TrustService(TrustStore store, Clock clock) {
        this.store = store;
        this.evaluator = new TrustEvaluator(store);
        this.clock = clock;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** System Roots plus, when given, a keychain's certificates and trust settings. */
    public static TrustService withDefaults(Keychain keychain) throws LatchkeyException {
        Builder b = builder().systemRoots(SystemRoots.platform());
        if (keychain != null) {
            b.keychain(keychain);
        }
        return b.build();
    }

    /** Evaluates at {@code time}, or now when it is null. */
    public TrustResult evaluate(X509Certificate leaf, List<X509Certificate> intermediates, TrustPolicy policy,
            Instant time) {
        return evaluator.evaluate(leaf, intermediates, policy, time == null ? clock.instant() : time);
    }

    /** One line per given root, certificate or CRL that could not be used. */
    public List<String> ignored() {
        return store.ignored();
    }

    public int anchorCount() {
        return store.anchorCount();
    }

    public static final class Builder {
        private final TrustStore.Builder store = TrustStore.builder();
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The platform's roots, trusted by default. */
        public Builder systemRoots(SystemRoots roots) {
            store.addSystemRoots(roots.x509Certificates());
            return this;
        }

        /** A keychain's certificates (for path building) and its trust settings. */
        public Builder keychain(Keychain keychain) throws LatchkeyException {
            for (StoredCertificate c : new KeychainCertificates(keychain).certificates()) {
                store.addCertificate(c.certificate());
            }
            new TrustSettings(keychain).applyTo(store);
            return this;
        }

        /** Roots given for this evaluation ({@code verify-cert -r}), trusted by default. */
        public Builder anchors(List<X509Certificate> roots) {
            store.addAnchors(roots);
            return this;
        }

        /** Further certificates that may complete a chain, not trusted by themselves. */
        public Builder certificates(List<X509Certificate> certificates) {
            certificates.forEach(store::addCertificate);
            return this;
        }

        /** Revocation lists to check the chain against ({@code verify-cert --crl}). */
        public Builder crls(List<X509CRL> lists) {
            store.addCrls(lists);
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public TrustService build() {
            return new TrustService(store.build(), clock);
        }
    }
}
