package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.CertificateTrust;
import dev.latchkey.model.trust.TrustService;
import dev.latchkey.model.trust.TrustSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** verify-cert, add-trusted-cert, remove-trusted-cert and dump-trust-settings, after security(1). */
final class TrustCommands {
    private TrustCommands() {
    }

    /** Prints a trust result and, when it is not trusted, fails with TRUST_FAILED (exit 60). */
    static void report(LatchkeyCommand root, TrustResult result) throws LatchkeyException {
        if (root.json) {
            root.context.out().println(CertificateOutput.json(result).toPrettyString());
        } else {
            CertificateOutput.text(root.context.out(), result);
        }
        if (!result.trusted()) {
            throw new LatchkeyException(Status.TRUST_FAILED, CertificateOutput.failure(result));
        }
    }

    static List<X509Certificate> certificates(List<Path> files) throws LatchkeyException {
        List<X509Certificate> out = new ArrayList<>();
        for (Path file : files) {
            out.addAll(CertificateFiles.certificates(file));
        }
        return out;
    }

    @Command(name = "verify-cert", description = {
        "Evaluate a certificate's trust: exit 0 when trusted, 60 when not. Supports --json.",
        "Without -L the System Roots and, when there is one, the keychain's certificates and trust settings "
            + "count (its password is asked for); with -L only the -r roots, and no keychain is needed."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = "-c", required = true, paramLabel = "CERT",
                description = "The certificate (first -c, first certificate) and intermediates (the rest).")
        List<Path> certificates;
        @Option(names = "-p", paramLabel = "POLICY", defaultValue = "basic",
                description = "basic, ssl, ssl-client, smime or codesign. Default: ${DEFAULT-VALUE}.")
        String policy;
        @Option(names = "-n", paramLabel = "HOSTNAME|EMAIL", description = "The host name (ssl) or e-mail (smime).")
        String name;
        @Option(names = "-d", paramLabel = "TIME", description = "Evaluate at this RFC 3339 time (default: now).")
        String time;
        @picocli.CommandLine.Mixin
        TrustSources anchors = new TrustSources();
        @Option(names = "--crl", paramLabel = "FILE", description = "A certificate revocation list to check against.")
        List<Path> crls = new ArrayList<>();
        @Option(names = "--max-depth", paramLabel = "N", description = "Allow at most N intermediate CAs between the "
                + "certificate and its root; a CA's self-issued (re-keyed) certificates do not count. Default: "
                + "no limit beyond the 10 intermediates any chain may have.")
        Integer maxDepth;

        @Override
        public Integer call() throws LatchkeyException {
            TrustPolicy trustPolicy = TrustPolicy.of(CertificateCommands.policy(policy), name);
            if (maxDepth != null) {
                if (maxDepth < 0) {
                    throw new LatchkeyException(Status.PARAM, "--max-depth takes a number of intermediate CAs, 0 or more");
                }
                trustPolicy = trustPolicy.withMaxIntermediates(maxDepth);
            }
            Instant at = instant(time);
            List<X509Certificate> given = certificates(certificates);
            List<java.security.cert.X509CRL> lists = new ArrayList<>();
            for (Path crl : crls) {
                lists.addAll(CertificateFiles.crls(crl));
            }
            TrustService trust = anchors.builder(root).crls(lists).build();
            trust.ignored().forEach(line -> root.context.err().println("latchkey: warning: ignored " + line));
            report(root, trust.evaluate(given.get(0), given.subList(1, given.size()), trustPolicy, at));
            return ExitCodes.OK;
        }

        static Instant instant(String text) throws LatchkeyException {
            if (text == null) {
                return null;
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                throw new LatchkeyException(Status.PARAM, "-d takes an RFC 3339 time such as 2026-01-02T03:04:05Z");
            }
        }
    }

    @Command(name = "add-trusted-cert", description = "Trust (or distrust) a certificate for every policy or "
            + "those given with -p, and add it to the keychain.")
    static final class Add implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = "-r", paramLabel = "trustRoot|trustAsRoot|deny|unspecified", defaultValue = "trustRoot",
                description = "trustRoot (a self-signed root), trustAsRoot (any certificate), deny, or unspecified "
                        + "(use system defaults). Default: ${DEFAULT-VALUE}.")
        String resultType;
        @Option(names = "-p", paramLabel = "POLICY", description = "Only for this policy (repeatable).")
        List<String> policies = new ArrayList<>();
        @Parameters(paramLabel = "CERT") Path file;

        @Override
        public Integer call() throws LatchkeyException {
            X509Certificate certificate = CertificateFiles.certificate(file);
            TrustSetting setting = setting(certificate);
            List<PolicyKind> kinds = new ArrayList<>();
            for (String p : policies) {
                kinds.add(CertificateCommands.policy(p));
            }
            Keychain k = root.unlock(root.keychainRef(null));
            new KeychainCertificates(k).add(certificate, null);
            TrustSettings settings = new TrustSettings(k);
            CertificateTrust trust = null;
            if (kinds.isEmpty()) {
                trust = settings.set(certificate, null, setting);
            }
            for (PolicyKind kind : kinds) {
                trust = settings.set(certificate, kind, setting);
            }
            if (root.json) {
                root.context.out().println(DumpSettings.json(List.of(trust)).toPrettyString());
            }
            return ExitCodes.OK;
        }

        private TrustSetting setting(X509Certificate certificate) throws LatchkeyException {
            return switch (resultType) {
                case "trustRoot" -> {
                    if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                        throw new LatchkeyException(Status.PARAM, "trustRoot is for self-signed roots; use "
                                + "-r trustAsRoot to trust " + CertificateOutput.subject(certificate) + " as a root");
                    }
                    yield TrustSetting.ALWAYS_TRUST;
                }
                case "trustAsRoot" -> TrustSetting.ALWAYS_TRUST;
                case "deny" -> TrustSetting.NEVER_TRUST;
                case "unspecified" -> TrustSetting.DEFAULT;
                default -> throw new LatchkeyException(Status.PARAM, "unknown result type \"" + resultType
                        + "\"; use trustRoot, trustAsRoot, deny or unspecified");
            };
        }
    }

    @Command(name = "remove-trusted-cert", description = "Take back every trust setting of a certificate "
            + "(the certificate stays in the keychain).")
    static final class Remove implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "CERT") Path file;

        @Override
        public Integer call() throws LatchkeyException {
            X509Certificate certificate = CertificateFiles.certificate(file);
            Keychain k = root.unlock(root.keychainRef(null));
            new TrustSettings(k).remove(certificate);
            return ExitCodes.OK;
        }
    }

    @Command(name = "dump-trust-settings", description = "List the keychain's trust settings. Supports --json.")
    static final class DumpSettings implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;

        @Override
        public Integer call() throws LatchkeyException {
            List<CertificateTrust> all;
            Keychain k = root.unlock(root.keychainRef(null));
            all = new TrustSettings(k).all();
            if (root.json) {
                root.context.out().println(json(all).toPrettyString());
                return ExitCodes.OK;
            }
            PrintStream out = root.context.out();
            out.println("Number of trusted certs = " + all.size());
            for (int i = 0; i < all.size(); i++) {
                CertificateTrust trust = all.get(i);
                out.printf("Cert %d: %s%n", i, CertificateAttributes.defaultLabel(trust.certificate()));
                out.printf("   SHA-256 : %s%n", CertificateOutput.sha256(trust.certificate()));
                List<Map.Entry<String, String>> entries = entries(trust);
                out.printf("   Number of trust settings : %d%n", entries.size());
                for (int j = 0; j < entries.size(); j++) {
                    out.printf("   Trust Setting %d:%n      Policy      : %s%n      Result Type : %s%n", j,
                            entries.get(j).getKey(), entries.get(j).getValue());
                }
            }
            return ExitCodes.OK;
        }

        /** (policy, result type) pairs in security(1)'s words. */
        private static List<Map.Entry<String, String>> entries(CertificateTrust trust) {
            List<Map.Entry<String, String>> out = new ArrayList<>();
            if (trust.allPolicies() != TrustSetting.DEFAULT) {
                out.add(Map.entry("all policies", resultType(trust.certificate(), trust.allPolicies())));
            }
            trust.policies().forEach((kind, setting) -> out.add(Map.entry(kind.displayName() + " (" + kind.cliName()
                    + ")", resultType(trust.certificate(), setting))));
            return out;
        }

        private static String resultType(X509Certificate c, TrustSetting setting) {
            if (setting == TrustSetting.NEVER_TRUST) {
                return "deny";
            }
            return c.getSubjectX500Principal().equals(c.getIssuerX500Principal()) ? "trustRoot" : "trustAsRoot";
        }

        static ArrayNode json(List<CertificateTrust> all) {
            ArrayNode array = CliContext.json().createArrayNode();
            for (CertificateTrust trust : all) {
                ObjectNode node = array.addObject();
                node.put("label", CertificateAttributes.defaultLabel(trust.certificate()));
                node.put("subject", CertificateOutput.subject(trust.certificate()));
                node.put("sha256", CertificateOutput.sha256(trust.certificate()));
                ObjectNode settings = node.putObject("settings");
                if (trust.allPolicies() != TrustSetting.DEFAULT) {
                    settings.put("*", trust.allPolicies().name());
                }
                trust.policies().forEach((kind, setting) -> settings.put(kind.cliName(), setting.name()));
            }
            return array;
        }
    }
}
