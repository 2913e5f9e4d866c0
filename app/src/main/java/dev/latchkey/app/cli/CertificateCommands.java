package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.CertificateSource;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.trust.SystemRoots;
import dev.latchkey.model.trust.TrustService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** find-certificate and find-identity, after security(1). */
final class CertificateCommands {
    private CertificateCommands() {
    }

    static PolicyKind policy(String name) throws LatchkeyException {
        return PolicyKind.fromCliName(name).orElseThrow(() -> new LatchkeyException(Status.PARAM,
                "unknown policy \"" + name + "\"; use basic, ssl, ssl-client, smime or codesign"));
    }

    @Command(name = "find-certificate", description = "Find certificates by name or e-mail address (the first, "
            + "or all with -a). Supports --json.")
    static final class Find implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = "-c", paramLabel = "NAME", description = "Name (label or subject) contains NAME, any case.")
        String name;
        @Option(names = "-e", paramLabel = "EMAIL", description = "Has this e-mail address.") String email;
        @Option(names = "-a", description = "Every match, not just the first.") boolean all;
        @Option(names = "-Z", description = "Print each certificate's SHA-256 and SHA-1 hashes.") boolean hashes;
        @Option(names = "-p", description = "Print each certificate as PEM instead of its attributes.") boolean pem;
        @Option(names = "--system-roots", description = "Search System Roots (needs no keychain or password).")
        boolean systemRoots;

        @Override
        public Integer call() throws LatchkeyException {
            if (systemRoots) {
                print(SystemRoots.platform());
                return ExitCodes.OK;
            }
            Keychain k = root.unlock(root.keychainRef(null));
            print(new KeychainCertificates(k));
            return ExitCodes.OK;
        }

        private void print(CertificateSource source) throws LatchkeyException {
            List<StoredCertificate> found = source.certificates().stream()
                    .filter(c -> name == null || c.nameContains(name))
                    .filter(c -> email == null || c.hasEmail(email)).toList();
            if (found.isEmpty()) {
                throw new LatchkeyException(Status.ITEM_NOT_FOUND);
            }
            List<StoredCertificate> shown = all ? found : found.subList(0, 1);
            PrintStream out = root.context.out();
            if (root.json) {
                ArrayNode array = CliContext.json().createArrayNode();
                shown.forEach(c -> array.add(CertificateOutput.json(source.name(), c, pem)));
                out.println((all ? array : array.get(0)).toPrettyString());
                return;
            }
            for (StoredCertificate c : shown) {
                if (hashes) {
                    out.println("SHA-256 hash: " + CertificateAttributes.hex(c.sha256()));
                    out.println("SHA-1 hash: " + CertificateAttributes.hex(CertificateAttributes.sha1(c.certificate())));
                }
                if (pem) {
                    out.print(CertificateOutput.pem(c.certificate()));
                } else {
                    Item item = c.item();
                    ItemOutput.text(out, source.name(), new Item(item.id(), item.itemClass(),
                            item.attributes().toBuilder().remove(Attribute.CERTIFICATE_DER).build(), item.rowVersion()),
                            null);
                }
            }
        }
    }

    @Command(name = "find-identity", description = "List identities (certificates with their private key) and "
            + "whether each is valid for a policy. Supports --json.")
    static final class FindIdentity implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = "-p", paramLabel = "POLICY", defaultValue = "basic",
                description = "basic, ssl, ssl-client, smime or codesign. Default: ${DEFAULT-VALUE}.")
        String policy;
        @Option(names = "-v", description = "Show valid identities only.") boolean validOnly;

        @Override
        public Integer call() throws LatchkeyException {
            PolicyKind kind = policy(policy);
            Keychain k = root.unlock(root.keychainRef(null));
            List<StoredIdentity> identities = new KeychainCertificates(k).identities();
            TrustService trust = TrustService.withDefaults(k);
            List<TrustResult> results = new ArrayList<>();
            for (StoredIdentity i : identities) {
                results.add(trust.evaluate(i.certificate().certificate(), List.of(), TrustPolicy.of(kind, null),
                        null));
            }
            if (root.json) {
                json(kind, identities, results);
            } else {
                text(kind, identities, results);
            }
            return ExitCodes.OK;
        }

        private void json(PolicyKind kind, List<StoredIdentity> identities, List<TrustResult> results) {
            ObjectNode out = CliContext.json().createObjectNode();
            out.put("policy", kind.cliName());
            ArrayNode array = out.putArray("identities");
            for (int i = 0; i < identities.size(); i++) {
                if (validOnly && !results.get(i).trusted()) {
                    continue;
                }
                StoredIdentity identity = identities.get(i);
                array.addObject().put("label", identity.label())
                        .put("sha1", CertificateAttributes.hex(CertificateAttributes.sha1(identity.certificate().certificate())))
                        .put("valid", results.get(i).trusted()).put("result", results.get(i).result().name());
            }
            root.context.out().println(out.toPrettyString());
        }

        private void text(PolicyKind kind, List<StoredIdentity> identities, List<TrustResult> results) {
            PrintStream out = root.context.out();
            out.println("Policy: " + kind.displayName());
            if (!validOnly) {
                out.println("  Matching identities");
                section(out, identities, results, false);
                out.printf("     %d identities found%n%n", identities.size());
            }
            out.println("  Valid identities only");
            long valid = section(out, identities, results, true);
            out.printf("     %d valid identities found%n", valid);
        }

        private static long section(PrintStream out, List<StoredIdentity> identities, List<TrustResult> results,
                boolean validOnly) {
            int n = 0;
            for (int i = 0; i < identities.size(); i++) {
                TrustResult r = results.get(i);
                if (validOnly && !r.trusted()) {
                    continue;
                }
                StoredIdentity identity = identities.get(i);
                out.printf("  %d) %s %s%s%n", ++n,
                        CertificateAttributes.hex(CertificateAttributes.sha1(identity.certificate().certificate())),
                        ItemOutput.quote(identity.label()), r.trusted() ? "" : " (" + r.result() + ")");
            }
            return n;
        }
    }
}
