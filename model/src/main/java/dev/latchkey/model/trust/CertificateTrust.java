package dev.latchkey.model.trust;

import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustSetting;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate's trust settings as Keychain Access shows them: one choice "When using this
 * certificate" (all policies) and one per policy that wins over it. {@link TrustSetting#DEFAULT}
 * ("Use System Defaults") is never stored: it is the absence of a choice.
 */
public record CertificateTrust(X509Certificate certificate, TrustSetting allPolicies,
        Map<PolicyKind, TrustSetting> policies) {
    private static final String ALL = "*";

    public CertificateTrust {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(allPolicies, "allPolicies");
        EnumMap<PolicyKind, TrustSetting> copy = new EnumMap<>(PolicyKind.class);
        policies.forEach((k, v) -> {
            if (v != TrustSetting.DEFAULT) {
                copy.put(k, v);
            }
        });
        policies = Collections.unmodifiableMap(copy);
    }

    public static CertificateTrust none(X509Certificate certificate) {
        return new CertificateTrust(certificate, TrustSetting.DEFAULT, Map.of());
    }

    /** The same with one choice changed; {@code kind} null means all policies. */
    public CertificateTrust with(PolicyKind kind, TrustSetting setting) {
        if (kind == null) {
            return new CertificateTrust(certificate, setting, policies);
        }
        EnumMap<PolicyKind, TrustSetting> next = new EnumMap<>(PolicyKind.class);
        next.putAll(policies);
        next.put(kind, setting);
        return new CertificateTrust(certificate, allPolicies, next);
    }

    /** What counts for {@code kind}: its own choice, else the all-policies one. */
    public TrustSetting effective(PolicyKind kind) {
        return policies.getOrDefault(kind, allPolicies);
    }

    /** The choice for {@code kind} itself (null: all policies), DEFAULT when none is made. */
    public TrustSetting get(PolicyKind kind) {
        return kind == null ? allPolicies : policies.getOrDefault(kind, TrustSetting.DEFAULT);
    }

    public boolean isEmpty() {
        return allPolicies == TrustSetting.DEFAULT && policies.isEmpty();
    }

    /** "*=ALWAYS_TRUST;ssl=NEVER_TRUST": the stored form. */
    String encode() {
        List<String> parts = new ArrayList<>();
        if (allPolicies != TrustSetting.DEFAULT) {
            parts.add(ALL + "=" + allPolicies.name());
        }
        policies.forEach((k, v) -> parts.add(k.cliName() + "=" + v.name()));
        return String.join(";", parts);
    }

    /** Reads the stored form; entries this version does not know are left out. */
    static CertificateTrust decode(X509Certificate certificate, String text) {
        TrustSetting all = TrustSetting.DEFAULT;
        EnumMap<PolicyKind, TrustSetting> perPolicy = new EnumMap<>(PolicyKind.class);
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                continue;
            }
            Optional<TrustSetting> setting = settingNamed(part.substring(eq + 1));
            String key = part.substring(0, eq);
            if (setting.isEmpty()) {
                continue;
            }
            if (key.equals(ALL)) {
                all = setting.get();
            } else {
                PolicyKind.fromCliName(key).ifPresent(k -> perPolicy.put(k, setting.get()));
            }
        }
        return new CertificateTrust(certificate, all, perPolicy);
    }

    private static Optional<TrustSetting> settingNamed(String name) {
        for (TrustSetting s : TrustSetting.values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
