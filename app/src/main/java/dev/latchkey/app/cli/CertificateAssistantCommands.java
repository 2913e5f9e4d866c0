package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.issuing.CertificationRequest;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.issuing.KeychainIssuer;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.transfer.ExportFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The Certificate Assistant: create-keypair, create-certificate and create-csr. */
final class CertificateAssistantCommands {
    private CertificateAssistantCommands() {
    }

    @Command(name = "create-keypair", description = "Create a key pair and store its private key. Supports --json.")
    static final class CreateKeypair implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Mixin CertificateAssistantOptions.Key key;
        @Parameters(paramLabel = "NAME", arity = "0..1", description = "The key's name.") String label;

        @Override
        public Integer call() throws LatchkeyException {
            var algorithm = key.algorithm();
            Keychain k = root.unlock(root.keychainRef(null));
            Item item = new KeychainIssuer(new KeychainCertificates(k)).createKeyPair(algorithm, label);
            if (root.json) {
                root.context.out().println(CliContext.json().createObjectNode().put("id", item.id().toString())
                        .put("label", item.displayName()).put("keyType", algorithm.displayName()).toPrettyString());
            } else {
                root.context.out().println("Created " + algorithm.displayName() + " private key \""
                        + item.displayName() + "\".");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "create-certificate", description = {
        "Certificate Assistant: create a self-signed certificate or a certificate authority (--ca) with a new key, "
            + "issue one from a stored CA identity (--issuer), or sign a certificate request (--csr with --issuer).",
        "New identities are stored in the keychain; -o also writes the certificate as PEM. Supports --json."})
    static final class CreateCertificate implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Mixin CertificateAssistantOptions.Key key;
        @Mixin CertificateAssistantOptions.Names names;
        @Mixin CertificateAssistantOptions.Certificate certificate;
        @Option(names = "--issuer", paramLabel = "NAME", description = "Issue from this stored CA identity.")
        String issuer;
        @Option(names = "--csr", paramLabel = "FILE", description = "Sign this certificate request (needs --issuer).")
        Path csr;
        @Option(names = "-l", paramLabel = "LABEL", description = "The new identity's name (default: its common name).")
        String label;
        @Option(names = "-o", paramLabel = "FILE", description = "Also write the certificate to FILE as PEM.")
        Path output;

        @Override
        public Integer call() throws LatchkeyException {
            CertificationRequest request = csr == null ? null : request(csr);
            if (request != null && issuer == null) {
                throw new LatchkeyException(Status.PARAM, "--csr needs --issuer, the CA identity to sign with");
            }
            CertificateSpec spec = certificate.spec(request != null ? names.subject() : names.requiredSubject(),
                    names.altNames());
            X509Certificate made;
            String madeLabel;
            Keychain k = root.unlock(root.keychainRef(null));
            KeychainCertificates certificates = new KeychainCertificates(k);
            KeychainIssuer assistant = new KeychainIssuer(certificates);
            if (request != null) {
                StoredCertificate signed = assistant.signRequest(certificates.identityNamed(issuer), request, spec);
                made = signed.certificate();
                madeLabel = signed.label();
            } else {
                StoredIdentity identity = issuer != null
                        ? assistant.issue(certificates.identityNamed(issuer), key.algorithm(), spec, label)
                        : spec.certificateAuthority()
                                ? assistant.createCertificateAuthority(key.algorithm(), spec, label)
                                : assistant.createSelfSigned(key.algorithm(), spec, label);
                made = identity.certificate().certificate();
                madeLabel = identity.label();
            }
            if (output != null) {
                ExportFile.write(output, CertificateOutput.pem(made).getBytes(StandardCharsets.US_ASCII), false);
            }
            if (root.json) {
                ObjectNode node = CliContext.json().createObjectNode().put("label", madeLabel)
                        .put("subject", CertificateOutput.subject(made)).put("issuer", CertificateOutput.issuer(made))
                        .put("notAfter", made.getNotAfter().toInstant().toString())
                        .put("sha256", CertificateOutput.sha256(made));
                root.context.out().println(node.toPrettyString());
            } else {
                root.context.out().println((request != null ? "Signed" : "Created") + " certificate \"" + madeLabel
                        + "\" (" + CertificateOutput.subject(made) + "), SHA-256 " + CertificateOutput.sha256(made) + ".");
            }
            return ExitCodes.OK;
        }

        private static CertificationRequest request(Path file) throws LatchkeyException {
            try {
                return CertificationRequest.read(CertificateFiles.read(file));
            } catch (DecodeException e) {
                throw new LatchkeyException(Status.DECODE, file + ": " + e.getMessage(), e);
            }
        }
    }

    @Command(name = "create-csr", description = "Create a certificate signing request (PKCS#10) for a new key pair, "
            + "which is stored, or for a stored key (--key). Writes PEM to -o or standard output.")
    static final class CreateCsr implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Mixin CertificateAssistantOptions.Key key;
        @Mixin CertificateAssistantOptions.Names names;
        @Option(names = "--key", paramLabel = "NAME", description = "Use this stored private key instead of a new one.")
        String storedKey;
        @Option(names = "-l", paramLabel = "LABEL", description = "The new key's name (default: the common name).")
        String label;
        @Option(names = "-o", paramLabel = "FILE", description = "Write the request to FILE.") Path output;

        @Override
        public Integer call() throws LatchkeyException {
            var subject = names.requiredSubject();
            var altNames = names.altNames();
            CertificationRequest request;
            Keychain k = root.unlock(root.keychainRef(null));
            KeychainCertificates certificates = new KeychainCertificates(k);
            KeychainIssuer assistant = new KeychainIssuer(certificates);
            if (storedKey != null) {
                request = assistant.createRequest(certificates.keyNamed(storedKey), subject, altNames);
            } else {
                KeychainIssuer.Request made = assistant.createRequest(key.algorithm(), subject, altNames, label);
                request = made.request();
                root.context.err().println("Stored the private key \"" + made.key().displayName() + "\" ("
                        + made.key().attributes().text(Attribute.KEY_TYPE) + ").");
            }
            if (output != null) {
                ExportFile.write(output, request.pem().getBytes(StandardCharsets.US_ASCII), false);
            } else {
                root.context.out().print(request.pem());
            }
            return ExitCodes.OK;
        }
    }
}
