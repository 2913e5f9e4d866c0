package dev.latchkey.app.cli;

import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.x509.AltName;
import dev.latchkey.crypto.x509.KeyPurpose;
import dev.latchkey.crypto.x509.KeyUsageBit;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.security.auth.x500.X500Principal;
import picocli.CommandLine.Option;

/** The Certificate Assistant's options, shared by create-keypair, create-certificate and create-csr. */
final class CertificateAssistantOptions {
    private CertificateAssistantOptions() {
    }

    /** {@code -a rsa|ec|ed25519 -s BITS}, as security create-keypair spells them. */
    static final class Key {
        @Option(names = {"-a", "--algorithm"}, paramLabel = "rsa|ec|ed25519", defaultValue = "ec",
                description = "Key algorithm. Default: ${DEFAULT-VALUE}.")
        String algorithm;
        @Option(names = {"-s", "--size"}, paramLabel = "BITS",
                description = "RSA 2048 (default), 3072 or 4096; EC 256 (default), 384 or 521.")
        Integer size;

        KeyAlgorithm algorithm() throws LatchkeyException {
            String a = algorithm.toLowerCase(Locale.ROOT);
            int bits = size != null ? size : a.equals("rsa") ? 2048 : 256;
            for (KeyAlgorithm k : KeyAlgorithm.values()) {
                String family = k.jcaName().toLowerCase(Locale.ROOT);
                if (family.equals(a) && (k == KeyAlgorithm.ED25519 || k.bits() == bits)) {
                    return k;
                }
            }
            throw new LatchkeyException(Status.PARAM, "no " + algorithm + (size == null ? "" : " " + size + "-bit")
                    + " keys; use -a rsa (-s 2048, 3072, 4096), -a ec (-s 256, 384, 521) or -a ed25519");
        }
    }

    /** Subject and alternative names. */
    static final class Names {
        @Option(names = "--subject", paramLabel = "DN", description = "Subject name, e.g. \"CN=www.example.com, O=Example\".")
        String subject;
        @Option(names = "--dns", paramLabel = "NAME", description = "A DNS name (repeatable).")
        List<String> dns = new ArrayList<>();
        @Option(names = "--ip", paramLabel = "ADDRESS", description = "An IP address (repeatable).")
        List<String> ip = new ArrayList<>();
        @Option(names = "--email", paramLabel = "ADDRESS", description = "An e-mail address (repeatable).")
        List<String> email = new ArrayList<>();

        /** The subject, or null when none was given. */
        X500Principal subject() throws LatchkeyException {
            if (subject == null) {
                return null;
            }
            try {
                return new X500Principal(subject);
            } catch (IllegalArgumentException e) {
                throw new LatchkeyException(Status.PARAM, "not a distinguished name: \"" + subject + "\"");
            }
        }

        /** The subject, which must be given. */
        X500Principal requiredSubject() throws LatchkeyException {
            X500Principal s = subject();
            if (s == null) {
                throw new LatchkeyException(Status.PARAM, "give the subject with --subject, e.g. \"CN=www.example.com\"");
            }
            return s;
        }

        List<AltName> altNames() throws LatchkeyException {
            List<AltName> out = new ArrayList<>();
            try {
                dns.forEach(n -> out.add(AltName.dns(n)));
                ip.forEach(n -> out.add(AltName.ip(n)));
                email.forEach(n -> out.add(AltName.email(n)));
            } catch (IllegalArgumentException e) {
                throw new LatchkeyException(Status.PARAM, e.getMessage());
            }
            return out;
        }
    }

    /** What a certificate says besides its names: validity, CA role, usages. */
    static final class Certificate {
        @Option(names = "--days", paramLabel = "N", defaultValue = "365", description = "Valid for N days. Default: ${DEFAULT-VALUE}.")
        int days;
        @Option(names = "--not-before", paramLabel = "TIME", description = "Valid from this RFC 3339 time (default: now).")
        String notBefore;
        @Option(names = "--ca", description = "Make a certificate authority.") boolean ca;
        @Option(names = "--path-length", paramLabel = "N", description = "With --ca: most CAs allowed below it.")
        Integer pathLength;
        @Option(names = "--key-usage", paramLabel = "USAGE", split = ",",
                description = "digitalSignature, nonRepudiation, keyEncipherment, dataEncipherment, keyAgreement, "
                        + "keyCertSign, cRLSign (default: the usual for the key and role).")
        List<String> keyUsage = new ArrayList<>();
        @Option(names = "--eku", paramLabel = "PURPOSE", split = ",",
                description = "serverAuth, clientAuth, codeSigning, emailProtection, timeStamping, ocspSigning "
                        + "(default: from the alternative names).")
        List<String> purposes = new ArrayList<>();

        CertificateSpec spec(X500Principal subject, List<AltName> altNames) throws LatchkeyException {
            if (days < 1) {
                throw new LatchkeyException(Status.PARAM, "--days must be at least 1");
            }
            if (pathLength != null && !ca) {
                throw new LatchkeyException(Status.PARAM, "--path-length needs --ca");
            }
            CertificateSpec.Builder b = CertificateSpec.builder(subject).validFor(Duration.ofDays(days));
            if (notBefore != null) {
                b.notBefore(instant(notBefore));
            }
            altNames.forEach(b::altName);
            for (String u : keyUsage) {
                b.keyUsage(usage(u));
            }
            for (String p : purposes) {
                b.purposes(purpose(p));
            }
            if (ca) {
                b.certificateAuthority(pathLength);
            }
            try {
                return b.build();
            } catch (IllegalArgumentException e) {
                throw new LatchkeyException(Status.PARAM, e.getMessage());
            }
        }

        private static Instant instant(String text) throws LatchkeyException {
            try {
                return OffsetDateTime.parse(text).toInstant().truncatedTo(ChronoUnit.SECONDS);
            } catch (DateTimeParseException e) {
                throw new LatchkeyException(Status.PARAM, "--not-before takes an RFC 3339 time such as 2026-01-02T00:00:00Z");
            }
        }

        private static KeyUsageBit usage(String name) throws LatchkeyException {
            for (KeyUsageBit bit : KeyUsageBit.values()) {
                if (camel(bit.name()).equalsIgnoreCase(name.strip())) {
                    return bit;
                }
            }
            throw new LatchkeyException(Status.PARAM, "unknown key usage \"" + name + "\"");
        }

        private static KeyPurpose purpose(String name) throws LatchkeyException {
            for (KeyPurpose p : KeyPurpose.values()) {
                if (p != KeyPurpose.ANY && camel(p.name()).equalsIgnoreCase(name.strip())) {
                    return p;
                }
            }
            throw new LatchkeyException(Status.PARAM, "unknown extended key usage \"" + name + "\"");
        }

        /** KEY_CERT_SIGN → keyCertSign; CRL_SIGN → crlSign (compared without case). */
        private static String camel(String constant) {
            StringBuilder out = new StringBuilder();
            for (String part : constant.toLowerCase(Locale.ROOT).split("_")) {
                out.append(out.length() == 0 ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
            }
            return out.toString();
        }
    }
}
