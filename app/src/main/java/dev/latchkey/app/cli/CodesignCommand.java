package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.codesign.JarReport;
import dev.latchkey.crypto.codesign.TimestampReport;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.codesign.CodeSignatureVerdict;
import dev.latchkey.model.codesign.CodeSigning;
import dev.latchkey.model.codesign.SignerTrust;
import dev.latchkey.model.keychain.Keychain;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code latchkey codesign --verify FILE.jar} and {@code --sign FILE.jar --identity NAME}:
 * Code Signing Services for JARs, compatible with {@code jarsigner}.
 */
@Command(name = "codesign", description = {"Verify a signed JAR (every entry covered, digests, signer chain "
        + "evaluated for Code Signing at its timestamp, the timestamp token checked): exit 0 when valid and trusted, "
        + "60 when not. Or sign one with a keychain identity. Supports --json.",
    "Without -L the System Roots and the keychain's certificates and trust settings count."})
final class CodesignCommand implements Callable<Integer> {
    @ParentCommand LatchkeyCommand root;
    @ArgGroup(multiplicity = "1") Action action;
    @Option(names = "--identity", paramLabel = "NAME", description = "The signing identity (--sign).")
    String identity;
    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the signed JAR here (--sign; default: "
            + "replace the input).")
    Path out;
    @Option(names = "--tsa", paramLabel = "URL", description = "Timestamp the signature at this RFC 3161 TSA (--sign).")
    URI tsa;
    @Mixin TrustSources anchors;

    /** Exactly one of --verify and --sign. */
    static final class Action {
        @Option(names = "--verify", required = true, paramLabel = "FILE.jar") Path verify;
        @Option(names = "--sign", required = true, paramLabel = "FILE.jar") Path sign;
    }

    @Override
    public Integer call() throws LatchkeyException {
        if (action.sign != null) {
            return sign();
        }
        CodeSignatureVerdict verdict = CodeSigning.verify(action.verify, anchors.service(root), Instant.now());
        if (root.json) {
            CryptoIo.json(root, json(verdict));
        } else {
            text(root.context.out(), action.verify, verdict);
        }
        CodeSignatureVerdict.Outcome outcome = verdict.outcome();
        if (outcome != CodeSignatureVerdict.Outcome.VALID) {
            throw new LatchkeyException(Status.TRUST_FAILED, switch (outcome) {
                case UNSIGNED -> action.verify + " is not signed";
                case INVALID -> action.verify + " does not match its signature" + firstProblem(verdict.report());
                default -> "the signer of " + action.verify + " is not trusted for code signing";
            });
        }
        return ExitCodes.OK;
    }

    private int sign() throws LatchkeyException {
        if (identity == null) {
            throw new LatchkeyException(Status.PARAM, "--sign needs --identity NAME");
        }
        Path target = out != null ? out : action.sign;
        Keychain k = root.unlock(root.keychainRef(null));
        KeychainCertificates certificates = new KeychainCertificates(k);
        Identity signer = certificates.open(certificates.identityNamed(identity));
        CodeSigning.sign(action.sign, target, signer, tsa);
        if (root.json) {
            CryptoIo.json(root, CliContext.json().createObjectNode().put("signed", target.toString())
                    .put("identity", identity).put("timestamped", tsa != null));
        } else {
            root.context.out().println("Signed " + target + " as \"" + identity + "\"" + (tsa != null
                    ? ", timestamped." : "."));
        }
        return ExitCodes.OK;
    }

    private static String firstProblem(JarReport report) {
        if (!report.tamperedEntries().isEmpty()) {
            return ": " + report.tamperedEntries().get(0).entry() + " was changed";
        }
        if (!report.unsignedEntries().isEmpty()) {
            return ": " + report.unsignedEntries().get(0) + " is not signed";
        }
        return "";
    }

    private static void text(PrintStream out, Path jar, CodeSignatureVerdict verdict) {
        JarReport r = verdict.report();
        out.println(jar + ": " + switch (verdict.outcome()) {
            case VALID -> "valid, signer trusted";
            case UNTRUSTED -> "signature intact, signer NOT trusted";
            case INVALID -> "INVALID";
            case UNSIGNED -> "not signed";
        });
        out.printf("entries: %d signed, %d unsigned, %d changed; manifest digests: %s%n", r.signedEntries().size(),
                r.unsignedEntries().size(), r.tamperedEntries().size(), String.join(", ", r.manifestDigests()));
        r.unsignedEntries().forEach(e -> out.println("  unsigned: " + e));
        r.tamperedEntries().forEach(e -> out.println("  changed: " + e.entry() + " (" + e.reason() + ")"));
        for (SignerTrust s : verdict.signers()) {
            out.printf("signer %s: %s%n", s.signer().name(), CertificateOutput.subject(s.signer().certificate()));
            out.printf("  signature: %s (%s with %s)%n", s.signer().signatureValid() ? "valid" : "INVALID: "
                    + s.signer().problem(), s.signer().digestAlgorithm(), s.signer().signatureAlgorithm());
            out.println("  timestamp: " + s.signer().timestamp().map(CodesignCommand::timestamp).orElse("none"));
            out.printf("  chain evaluated for Code Signing at %s%s: %s%n", s.evaluatedAt(), s.atTimestamp()
                    ? " (the timestamp)" : " (now)", s.trust().trusted() ? "trusted (" + s.trust().result() + ")"
                    : "not trusted (" + s.trust().result() + ")");
            s.trust().findings().forEach(f -> out.printf("    %d: %s: %s%n", f.certIndex(), f.code(), f.message()));
        }
    }

    private static String timestamp(TimestampReport t) {
        String tsa = t.tsaChain().isEmpty() ? "?" : CertificateOutput.subject(t.tsaChain().get(0));
        return t.time() + " by " + tsa + (t.valid() ? " (valid)" : " (INVALID: " + t.problem() + ")");
    }

    static ObjectNode json(CodeSignatureVerdict verdict) {
        JarReport r = verdict.report();
        ObjectNode node = CliContext.json().createObjectNode();
        node.put("outcome", verdict.outcome().name());
        ArrayNode signed = node.putArray("signedEntries");
        r.signedEntries().forEach(signed::add);
        ArrayNode unsigned = node.putArray("unsignedEntries");
        r.unsignedEntries().forEach(unsigned::add);
        ArrayNode changed = node.putArray("changedEntries");
        r.tamperedEntries().forEach(t -> changed.addObject().put("entry", t.entry()).put("reason", t.reason()));
        ArrayNode digests = node.putArray("manifestDigests");
        r.manifestDigests().forEach(digests::add);
        ArrayNode signers = node.putArray("signers");
        for (SignerTrust s : verdict.signers()) {
            ObjectNode one = signers.addObject();
            one.put("name", s.signer().name()).put("subject", CertificateOutput.subject(s.signer().certificate()))
                    .put("signatureValid", s.signer().signatureValid()).put("digestAlgorithm",
                            s.signer().digestAlgorithm()).put("signatureAlgorithm", s.signer().signatureAlgorithm());
            s.signer().timestamp().ifPresentOrElse(t -> one.putObject("timestamp").put("time", t.time().toString())
                    .put("valid", t.valid()).put("problem", t.problem()), () -> one.putNull("timestamp"));
            one.put("evaluatedAt", s.evaluatedAt().toString()).put("atTimestamp", s.atTimestamp());
            one.set("trust", CertificateOutput.json(s.trust()));
        }
        return node;
    }
}
