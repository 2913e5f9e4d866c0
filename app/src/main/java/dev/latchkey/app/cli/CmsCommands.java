package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.cms.CmsFormat;
import dev.latchkey.crypto.cms.ContentCipher;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.cms.MessageVerdict;
import dev.latchkey.model.cms.SecureMessages;
import dev.latchkey.model.cms.SignerVerdict;
import dev.latchkey.model.keychain.Keychain;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code latchkey cms sign|verify|encrypt|decrypt}: Cryptographic Message Syntax and S/MIME with keychain identities. */
@Command(name = "cms", description = "Sign, verify, encrypt and decrypt CMS / S/MIME messages (DER, PEM or S/MIME).",
        subcommands = {CmsCommands.Sign.class, CmsCommands.Verify.class, CmsCommands.Encrypt.class,
            CmsCommands.Decrypt.class})
final class CmsCommands {
    @ParentCommand LatchkeyCommand root;

    static CmsFormat format(String name) throws LatchkeyException {
        try {
            return CmsFormat.of(name);
        } catch (IllegalArgumentException e) {
            throw new LatchkeyException(Status.PARAM, "unknown format \"" + name + "\"; use der, pem or smime");
        }
    }

    @Command(name = "sign", description = "Sign with a keychain identity (RSA, EC or Ed25519): attached, or "
            + "--detached; DER, PEM or S/MIME (multipart/signed when detached). Supports --json.")
    static final class Sign implements Callable<Integer> {
        @ParentCommand CmsCommands cms;
        @Option(names = "--identity", required = true, paramLabel = "NAME", description = "The signing identity.")
        String identity;
        @Option(names = "--detached", description = "Leave the content out of the signature.") boolean detached;
        @Option(names = "--format", paramLabel = "der|pem|smime", defaultValue = "der",
                description = "Default: ${DEFAULT-VALUE}.")
        String format;
        @Mixin InOutFiles files;

        @Override
        public Integer call() throws LatchkeyException {
            LatchkeyCommand root = cms.root;
            CmsFormat chosen = format(format);
            byte[] content = CryptoIo.input(root, files.in);
            byte[] signed;
            Keychain k = root.unlock(root.keychainRef(null));
            KeychainCertificates certificates = new KeychainCertificates(k);
            Identity signer = certificates.open(certificates.identityNamed(identity));
            signed = SecureMessages.sign(signer, content, detached, chosen);
            CryptoIo.result(root, files.out, signed, CliContext.json().createObjectNode().put("format", chosen.name()
                    .toLowerCase(java.util.Locale.ROOT)).put("detached", detached)
                    .put("message", Base64.getEncoder().encodeToString(signed)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "verify", description = {"Verify a signed message (DER, PEM or S/MIME) and evaluate each signer "
            + "for S/MIME: prints signer, signing time and trust; writes the content with -o. Exit 0 when every "
            + "signature holds and every signer is trusted, 60 when not. Supports --json.",
        "Without -L the System Roots and the keychain's certificates and trust settings count."})
    static final class Verify implements Callable<Integer> {
        @ParentCommand CmsCommands cms;
        @Option(names = "--content", paramLabel = "FILE", description = "The content of a detached signature.")
        Path content;
        @Option(names = {"-n", "--email"}, paramLabel = "EMAIL", description = "The sender's address to check.")
        String email;
        @Option(names = "-d", paramLabel = "TIME", description = "Evaluate at this RFC 3339 time (default: now).")
        String time;
        @Mixin TrustSources anchors;
        @Mixin InOutFiles files;

        @Override
        public Integer call() throws LatchkeyException {
            LatchkeyCommand root = cms.root;
            byte[] input = CryptoIo.input(root, files.in);
            byte[] detached = content == null ? null : CertificateFiles.read(content);
            MessageVerdict verdict = SecureMessages.verify(input, detached, anchors.service(root), email,
                    TrustCommands.Verify.instant(time));
            if (root.json) {
                CryptoIo.json(root, json(verdict));
            } else {
                text(root.context.out(), verdict);
            }
            if (files.out != null) {
                CryptoIo.output(root, files.out, verdict.message().content());
            }
            if (!verdict.good()) {
                throw new LatchkeyException(Status.TRUST_FAILED, failure(verdict));
            }
            return ExitCodes.OK;
        }

        private static String failure(MessageVerdict verdict) {
            for (SignerVerdict s : verdict.signers()) {
                if (!s.signer().signatureValid()) {
                    return "the signature does not verify: " + s.signer().problem();
                }
                if (s.trust().isPresent() && !s.trust().get().trusted()) {
                    return "the signer is not trusted: " + CertificateOutput.failure(s.trust().get());
                }
            }
            return "the message has no signer that can be checked";
        }

        private static void text(PrintStream out, MessageVerdict verdict) {
            out.println(verdict.good() ? "Verification successful." : "Verification failed.");
            int i = 0;
            for (SignerVerdict s : verdict.signers()) {
                out.printf("signer %d: %s%n", ++i, s.signer().certificate().map(CertificateOutput::subject)
                        .orElse("(certificate not in the message)"));
                out.printf("  signature: %s (%s, %s)%n", s.signer().signatureValid() ? "valid" : "INVALID: "
                        + s.signer().problem(), s.signer().digestAlgorithm(), s.signer().signatureAlgorithm());
                out.printf("  signing time: %s%n", s.signer().signingTime().map(Object::toString).orElse("(none)"));
                s.trust().ifPresent(t -> out.printf("  trust: %s%s%n", t.trusted() ? "trusted" : "not trusted",
                        " (" + t.result() + (t.findings().isEmpty() ? "" : ": " + t.findings().get(0).message()) + ")"));
            }
        }

        static ObjectNode json(MessageVerdict verdict) {
            ObjectNode node = CliContext.json().createObjectNode();
            node.put("verified", verdict.good());
            node.put("contentBytes", verdict.message().content().length);
            ArrayNode signers = node.putArray("signers");
            for (SignerVerdict s : verdict.signers()) {
                ObjectNode one = signers.addObject();
                s.signer().certificate().ifPresentOrElse(c -> one.put("subject", CertificateOutput.subject(c))
                        .put("sha256", CertificateOutput.sha256(c)), () -> one.putNull("subject"));
                one.put("signatureValid", s.signer().signatureValid()).put("problem", s.signer().problem())
                        .put("digestAlgorithm", s.signer().digestAlgorithm())
                        .put("signatureAlgorithm", s.signer().signatureAlgorithm());
                s.signer().signingTime().ifPresentOrElse(t -> one.put("signingTime", t.toString()),
                        () -> one.putNull("signingTime"));
                s.trust().ifPresentOrElse(t -> one.set("trust", CertificateOutput.json(t)), () -> one.putNull("trust"));
            }
            return node;
        }
    }

    @Command(name = "encrypt", description = "Encrypt for one or more recipients' certificates (RSA or EC): "
            + "AES-GCM (AuthEnvelopedData) or AES-CBC (EnvelopedData). Needs no keychain. Supports --json.")
    static final class Encrypt implements Callable<Integer> {
        @ParentCommand CmsCommands cms;
        @Option(names = {"-r", "--recipient"}, required = true, paramLabel = "CERT",
                description = "A recipient's certificate file (repeatable).")
        List<Path> recipients = new ArrayList<>();
        @Option(names = "--cipher", paramLabel = "CIPHER", defaultValue = "aes-256-gcm",
                description = "aes-256-gcm, aes-128-gcm, aes-256-cbc or aes-128-cbc. Default: ${DEFAULT-VALUE}.")
        String cipher;
        @Option(names = "--format", paramLabel = "der|pem|smime", defaultValue = "der",
                description = "Default: ${DEFAULT-VALUE}.")
        String format;
        @Mixin InOutFiles files;

        @Override
        public Integer call() throws LatchkeyException {
            LatchkeyCommand root = cms.root;
            ContentCipher chosen = ContentCipher.fromCliName(cipher).orElseThrow(() -> new LatchkeyException(
                    Status.PARAM, "unknown cipher \"" + cipher + "\"; use aes-256-gcm, aes-128-gcm, aes-256-cbc or "
                    + "aes-128-cbc"));
            CmsFormat how = format(format);
            List<X509Certificate> to = new ArrayList<>();
            for (Path file : recipients) {
                to.add(CertificateFiles.certificate(file));
            }
            byte[] encrypted = SecureMessages.encrypt(CryptoIo.input(root, files.in), to, chosen, how);
            CryptoIo.result(root, files.out, encrypted, CliContext.json().createObjectNode().put("cipher",
                    chosen.cliName()).put("recipients", to.size())
                    .put("message", Base64.getEncoder().encodeToString(encrypted)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "decrypt", description = "Decrypt a message (DER, PEM or S/MIME) with the keychain identity it "
            + "is encrypted for (or --identity). Supports --json.")
    static final class Decrypt implements Callable<Integer> {
        @ParentCommand CmsCommands cms;
        @Option(names = "--identity", paramLabel = "NAME", description = "Use this identity (default: the one the "
                + "message names).")
        String identity;
        @Mixin InOutFiles files;

        @Override
        public Integer call() throws LatchkeyException {
            LatchkeyCommand root = cms.root;
            byte[] input = CryptoIo.input(root, files.in);
            SecureMessages.Decrypted decrypted;
            Keychain k = root.unlock(root.keychainRef(null));
            if (identity != null) {
                KeychainCertificates certificates = new KeychainCertificates(k);
                decrypted = new SecureMessages.Decrypted(SecureMessages.decrypt(certificates.open(
                        certificates.identityNamed(identity)), input), identity);
            } else {
                decrypted = SecureMessages.decrypt(k, input);
            }
            CryptoIo.result(root, files.out, decrypted.content(), CliContext.json().createObjectNode()
                    .put("identity", decrypted.identity())
                    .put("content", Base64.getEncoder().encodeToString(decrypted.content())));
            return ExitCodes.OK;
        }
    }
}
