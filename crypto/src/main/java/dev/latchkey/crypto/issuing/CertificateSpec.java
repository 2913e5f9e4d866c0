package dev.latchkey.crypto.issuing;

import dev.latchkey.crypto.x509.AltName;
import dev.latchkey.crypto.x509.KeyPurpose;
import dev.latchkey.crypto.x509.KeyUsageBit;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * What a new certificate says: subject, alternative names, usages, validity and CA constraints.
 * An empty key usage set means "the usual for the key and role" (see {@link CertificateIssuer}).
 *
 * @param subject    the subject name; {@code null} when signing a CSR means "as requested"
 * @param pathLength for a CA, the most intermediate CAs allowed below it; {@code null} for no limit
 */
public record CertificateSpec(X500Principal subject, List<AltName> altNames, Set<KeyUsageBit> keyUsage,
        Set<KeyPurpose> purposes, Instant notBefore, Instant notAfter, boolean certificateAuthority,
        Integer pathLength) {
    public CertificateSpec {
        altNames = List.copyOf(altNames);
        keyUsage = keyUsage.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(keyUsage));
        purposes = purposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(purposes));
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("the certificate must end after it begins");
        }
        if (pathLength != null && (!certificateAuthority || pathLength < 0)) {
            throw new IllegalArgumentException("a path length needs a CA and must not be negative");
        }
    }

    public static Builder builder(String subjectDn) {
        return new Builder(subjectDn == null ? null : new X500Principal(subjectDn));
    }

    public static Builder builder(X500Principal subject) {
        return new Builder(subject);
    }

    /** Defaults: valid from now (to the second) for 365 days, not a CA, usual usages. */
    public static final class Builder {
        private final X500Principal subject;
        private final List<AltName> altNames = new ArrayList<>();
        private final Set<KeyUsageBit> keyUsage = EnumSet.noneOf(KeyUsageBit.class);
        private final Set<KeyPurpose> purposes = EnumSet.noneOf(KeyPurpose.class);
        private Instant notBefore = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        private Duration lifetime = Duration.ofDays(365);
        private Instant notAfter;
        private boolean ca;
        private Integer pathLength;

        private Builder(X500Principal subject) {
            this.subject = subject;
        }

        public Builder altName(AltName name) {
            altNames.add(name);
            return this;
        }

        public Builder dns(String... names) {
            for (String n : names) {
                altNames.add(AltName.dns(n));
            }
            return this;
        }

        public Builder ip(String address) {
            altNames.add(AltName.ip(address));
            return this;
        }

        public Builder email(String address) {
            altNames.add(AltName.email(address));
            return this;
        }

        public Builder keyUsage(KeyUsageBit... bits) {
            keyUsage.addAll(List.of(bits));
            return this;
        }

        public Builder purposes(KeyPurpose... values) {
            purposes.addAll(List.of(values));
            return this;
        }

        public Builder notBefore(Instant value) {
            notBefore = value;
            return this;
        }

        public Builder validFor(Duration value) {
            lifetime = value;
            notAfter = null;
            return this;
        }

        public Builder notAfter(Instant value) {
            notAfter = value;
            return this;
        }

        public Builder certificateAuthority(Integer maxPathLength) {
            ca = true;
            pathLength = maxPathLength;
            return this;
        }

        public CertificateSpec build() {
            Instant end = notAfter != null ? notAfter : notBefore.plus(lifetime);
            return new CertificateSpec(subject, altNames, keyUsage, purposes, notBefore, end, ca, pathLength);
        }
    }
}
