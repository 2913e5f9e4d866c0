package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.crypto.tls.ChainFetcher;
import dev.latchkey.crypto.tls.FetchedChain;
import dev.latchkey.crypto.tls.TlsException;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.CryptoErrors;
import dev.latchkey.model.transfer.ExportFile;
import dev.latchkey.model.trust.SystemRoots;
import dev.latchkey.model.trust.TrustService;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "fetch-chain", description = {
    "Connect to a TLS server and show the certificate chain it sends (like openssl s_client -showcerts). "
        + "Supports --json.",
    "--verify evaluates the chain for the SSL policy and the host name against System Roots and -r roots "
        + "(only -r roots with -L): exit 60 when it is not trusted. No keychain is needed."})
final class FetchChainCommand implements Callable<Integer> {
    @ParentCommand LatchkeyCommand root;
    @Parameters(paramLabel = "HOST[:PORT]") String target;
    @Option(names = "--verify", description = "Evaluate the chain's trust for this host.") boolean verify;
    @Option(names = "-r", paramLabel = "ROOT", description = "With --verify: a root to trust as well.")
    List<Path> roots = new ArrayList<>();
    @Option(names = "-L", description = "With --verify: leave out System Roots.") boolean noDefaults;
    @Option(names = "-o", paramLabel = "FILE", description = "Write the chain to FILE as PEM.") Path output;
    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Give up after this long. Default: ${DEFAULT-VALUE}.")
    int timeout;

    @Override
    public Integer call() throws LatchkeyException {
        ChainFetcher.Target where;
        try {
            where = ChainFetcher.Target.parse(target);
        } catch (IllegalArgumentException e) {
            throw new LatchkeyException(Status.PARAM, "not a host[:port]: " + target);
        }
        TrustService trust = null;
        if (verify) {
            TrustService.Builder builder = TrustService.builder().anchors(TrustCommands.certificates(roots));
            if (!noDefaults) {
                builder.systemRoots(SystemRoots.platform());
            }
            trust = builder.build();
        }
        FetchedChain fetched;
        try {
            fetched = ChainFetcher.fetch(where, Duration.ofSeconds(Math.max(1, timeout)));
        } catch (TlsException e) {
            throw CryptoErrors.map(e);
        }
        if (output != null) {
            StringBuilder pem = new StringBuilder();
            fetched.chain().forEach(c -> pem.append(CertificateOutput.pem(c)));
            ExportFile.write(output, pem.toString().getBytes(StandardCharsets.US_ASCII), false);
        }
        TrustResult result = trust == null ? null : trust.evaluate(fetched.leaf(), fetched.intermediates(),
                TrustPolicy.sslServer(where.host()), null);
        if (root.json) {
            ObjectNode node = CliContext.json().createObjectNode().put("host", where.host()).put("port", where.port())
                    .put("protocol", fetched.protocol()).put("cipherSuite", fetched.cipherSuite());
            ArrayNode chain = node.putArray("chain");
            for (X509Certificate c : fetched.chain()) {
                chain.addObject().put("subject", CertificateOutput.subject(c)).put("issuer", CertificateOutput.issuer(c))
                        .put("sha256", CertificateOutput.sha256(c));
            }
            if (result != null) {
                node.set("trust", CertificateOutput.json(result));
            }
            root.context.out().println(node.toPrettyString());
        } else {
            PrintStream out = root.context.out();
            out.printf("%s:%d sent %d certificate%s (%s, %s):%n", where.host(), where.port(), fetched.chain().size(),
                    fetched.chain().size() == 1 ? "" : "s", fetched.protocol(), fetched.cipherSuite());
            for (int i = 0; i < fetched.chain().size(); i++) {
                X509Certificate c = fetched.chain().get(i);
                out.printf("  %d: %s%n     issuer: %s%n     SHA-256: %s%n", i, CertificateOutput.subject(c),
                        CertificateOutput.issuer(c), CertificateOutput.sha256(c));
            }
            if (result != null) {
                CertificateOutput.text(out, result);
            }
        }
        if (result != null && !result.trusted()) {
            throw new LatchkeyException(Status.TRUST_FAILED, CertificateOutput.failure(result));
        }
        return ExitCodes.OK;
    }
}
