package dev.latchkey.crypto.trust;

import dev.latchkey.crypto.DecodeException;
import java.nio.ByteBuffer;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything an evaluation trusts or may use, prepared once: default anchors (System Roots,
 * explicitly given roots), the user's trust settings per certificate and policy, further known
 * certificates for path building (such as a keychain's), and CRLs. Immutable and thread-safe.
 */
public final class TrustStore {
    private final CertificatePool pool = new CertificatePool();
    private final Set<ByteBuffer> anchors = new HashSet<>();
    private final Set<ByteBuffer> systemRoots = new HashSet<>();
    private final Map<ByteBuffer, Map<PolicyKind, TrustSetting>> perPolicy = new HashMap<>();
    private final Map<ByteBuffer, TrustSetting> allPolicies = new HashMap<>();
    private final List<CrlInfo> crls = new ArrayList<>();
    private final List<String> ignored = new ArrayList<>();

    private TrustStore() {
    }

    public static TrustStore empty() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** One line per input that could not be used (an undecodable root or CRL). */
    public List<String> ignored() {
        return List.copyOf(ignored);
    }

    public int anchorCount() {
        return anchors.size();
    }

    CertificatePool pool() {
        return pool;
    }

    List<CrlInfo> crls() {
        return crls;
    }

    /** The user's effective setting: the one for {@code kind} if any, else the all-policies one. */
    TrustSetting setting(CertInfo cert, PolicyKind kind) {
        ByteBuffer id = ByteBuffer.wrap(cert.sha256());
        Map<PolicyKind, TrustSetting> specific = perPolicy.get(id);
        if (specific != null && specific.containsKey(kind)) {
            return specific.get(kind);
        }
        return allPolicies.getOrDefault(id, TrustSetting.DEFAULT);
    }

    /** A root the platform ships: its own encoding is grandfathered (see {@link Builder#addSystemRoot}). */
    boolean isSystemRoot(CertInfo cert) {
        return systemRoots.contains(ByteBuffer.wrap(cert.sha256()));
    }

    boolean isDefaultAnchor(CertInfo cert) {
        return anchors.contains(ByteBuffer.wrap(cert.sha256()));
    }

    /** An anchor for {@code kind}: a default anchor not set to Never Trust, or any certificate set to Always Trust. */
    boolean isAnchor(CertInfo cert, PolicyKind kind) {
        TrustSetting setting = setting(cert, kind);
        return setting == TrustSetting.ALWAYS_TRUST || (setting == TrustSetting.DEFAULT && isDefaultAnchor(cert));
    }

    public static final class Builder {
        private final TrustStore store = new TrustStore();
        private boolean built;

        /** A root trusted by default (System Roots, or one given with {@code verify-cert -r}). */
        public Builder addAnchor(X509Certificate certificate) {
            CertInfo info = parse(certificate, "trust anchor");
            if (info != null) {
                store.anchors.add(ByteBuffer.wrap(info.sha256()));
                store.pool.add(info);
            }
            return this;
        }

        public Builder addAnchors(Iterable<X509Certificate> certificates) {
            certificates.forEach(this::addAnchor);
            return this;
        }

        /**
         * A root from the platform's store (System Roots). Like {@link #addAnchor}, but as root
         * programs grandfather old roots, the root's own encoding is not held to today's RFC 5280
         * and CA/Browser Forum profile rules (key identifiers, critical basic constraints, serial
         * number form); its validity, CA flag, key usage, constraints and critical extensions
         * still count. Roots given any other way get the full profile.
         */
        public Builder addSystemRoot(X509Certificate certificate) {
            CertInfo info = parse(certificate, "system root");
            if (info != null) {
                store.anchors.add(ByteBuffer.wrap(info.sha256()));
                store.systemRoots.add(ByteBuffer.wrap(info.sha256()));
                store.pool.add(info);
            }
            return this;
        }

        public Builder addSystemRoots(Iterable<X509Certificate> certificates) {
            certificates.forEach(this::addSystemRoot);
            return this;
        }

        /** A certificate that may serve as an intermediate in any evaluation (not trusted by itself). */
        public Builder addCertificate(X509Certificate certificate) {
            CertInfo info = parse(certificate, "certificate");
            if (info != null) {
                store.pool.add(info);
            }
            return this;
        }

        /** The user's setting for every policy ("When using this certificate"). */
        public Builder setTrust(X509Certificate certificate, TrustSetting setting) {
            CertInfo info = parse(certificate, "certificate with a trust setting");
            if (info != null) {
                store.pool.add(info);
                store.allPolicies.put(ByteBuffer.wrap(info.sha256()), setting);
            }
            return this;
        }

        /** The user's setting for one policy, which wins over the all-policies setting. */
        public Builder setTrust(X509Certificate certificate, PolicyKind kind, TrustSetting setting) {
            CertInfo info = parse(certificate, "certificate with a trust setting");
            if (info != null) {
                store.pool.add(info);
                store.perPolicy.computeIfAbsent(ByteBuffer.wrap(info.sha256()), k -> new EnumMap<>(PolicyKind.class))
                        .put(kind, setting);
            }
            return this;
        }

        /** A revocation list (from a file the user gave). Its signature is checked when it is used. */
        public Builder addCrl(X509CRL crl) {
            try {
                store.crls.add(CrlInfo.of(crl));
            } catch (DecodeException e) {
                store.ignored.add("an undecodable revocation list from " + crl.getIssuerX500Principal().getName());
            }
            return this;
        }

        public Builder addCrls(Iterable<X509CRL> crls) {
            crls.forEach(this::addCrl);
            return this;
        }

        public TrustStore build() {
            if (built) {
                throw new IllegalStateException("already built");
            }
            built = true;
            return store;
        }

        private CertInfo parse(X509Certificate certificate, String role) {
            try {
                return CertInfo.of(certificate);
            } catch (DecodeException e) {
                store.ignored.add("an undecodable " + role + ": " + certificate.getSubjectX500Principal().getName());
                return null;
            }
        }
    }
}
