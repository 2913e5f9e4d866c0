package dev.latchkey.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.audit.AuditReport;
import dev.latchkey.model.audit.BreachList;
import dev.latchkey.model.audit.Recommendation;
import dev.latchkey.model.audit.RecommendationKind;
import dev.latchkey.model.audit.SecurityAudit;
import dev.latchkey.model.autofill.AutofillTarget;
import dev.latchkey.model.autofill.CredentialMatch;
import dev.latchkey.model.autofill.CredentialMatcher;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.CodeExtractor;
import dev.latchkey.model.password.StrengthMeter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** AutoFill helpers on the command line: match, audit, extract-code. */
final class AutofillCommands {
    private AutofillCommands() {
    }

    @Command(name = "match", description = "List the credentials for a web address (or --app ID), best first. "
            + "Supports --json.")
    static final class Match implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Parameters(paramLabel = "URL", arity = "0..1") String url;
        @Option(names = "--app", paramLabel = "ID", description = "An app identifier instead of a URL.") String app;

        @Override
        public Integer call() throws LatchkeyException {
            if ((url == null) == (app == null)) {
                throw new LatchkeyException(Status.PARAM, "give a URL or --app ID");
            }
            AutofillTarget target = url != null ? AutofillTarget.forUrl(url) : AutofillTarget.forApp(app);
            Keychain k = root.unlock(root.keychainRef(null));
            List<CredentialMatch> matches = new CredentialMatcher().rank(target, k.items());
            if (matches.isEmpty()) {
                throw new LatchkeyException(Status.ITEM_NOT_FOUND, "no credentials match " + (url != null ? url : app));
            }
            ArrayNode array = CliContext.json().createArrayNode();
            for (CredentialMatch m : matches) {
                String account = m.item().attributes().text(Attribute.ACCOUNT);
                if (root.json) {
                    array.addObject().put("id", m.item().id().toString()).put("name", m.item().displayName())
                            .put("account", account).put("match", m.kind().name()).put("matchedOn", m.matchedOn())
                            .put("insecure", m.insecure());
                } else {
                    root.context.out().printf("%-18s %-30s %-24s%s%n", m.kind().name().toLowerCase().replace('_', ' '),
                            m.item().displayName(), account,
                            m.insecure() ? "  warning: this page is not encrypted (http)" : "");
                }
            }
            if (root.json) {
                root.context.out().println(array.toPrettyString());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "audit", description = "Security recommendations: weak, reused, old and breached passwords, "
            + "and one-time codes kept with their password. Supports --json.")
    static final class Audit implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;
        @Option(names = "--hibp", paramLabel = "FILE",
                description = "Check against a Have I Been Pwned SHA-1 list (sorted by hash), offline.")
        Path hibp;

        @Override
        public Integer call() throws LatchkeyException {
            StrengthMeter meter = new StrengthMeter();
            Keychain k = root.unlock(root.keychainRef(null));
            try (BreachList breaches = hibp == null ? null : BreachList.open(hibp)) {
                int[] lastPercent = {-1};
                AuditReport report = new SecurityAudit(pw -> meter.measure(pw).score(), root.context.service().clock())
                        .run(k, Optional.ofNullable(breaches), (done, total) -> {
                            int percent = total == 0 ? 100 : (int) (done * 100 / total);
                            if (hibp != null && !root.json && percent != lastPercent[0]) {
                                lastPercent[0] = percent;
                                root.context.err().print("\rChecking breached passwords: " + percent + "%");
                                if (percent == 100) {
                                    root.context.err().println();
                                }
                            }
                        });
                print(report);
            }
            return ExitCodes.OK;
        }

        private void print(AuditReport report) {
            Map<RecommendationKind, Integer> counts = report.counts();
            if (root.json) {
                ObjectNode o = CliContext.json().createObjectNode().put("checked", report.checked());
                ObjectNode c = o.putObject("counts");
                for (RecommendationKind kind : RecommendationKind.values()) {
                    c.put(kind.name().toLowerCase(), counts.getOrDefault(kind, 0));
                }
                ArrayNode list = o.putArray("recommendations");
                for (Recommendation r : report.recommendations()) {
                    list.addObject().put("id", r.itemId().toString()).put("name", r.itemName())
                            .put("kind", r.kind().name().toLowerCase()).put("detail", r.detail());
                }
                root.context.out().println(o.toPrettyString());
                return;
            }
            root.context.out().printf("%d passwords checked.%n", report.checked());
            for (RecommendationKind kind : RecommendationKind.values()) {
                List<Recommendation> of = report.of(kind);
                if (of.isEmpty()) {
                    continue;
                }
                root.context.out().printf("%n%s (%d)%n", kind.sentence(), of.size());
                for (Recommendation r : of) {
                    root.context.out().printf("  %s%s%n", r.itemName(), r.detail().isEmpty() ? "" : " — " + r.detail());
                }
            }
            if (report.recommendations().isEmpty()) {
                root.context.out().println("No recommendations: well done.");
            }
        }
    }

    @Command(name = "extract-code", description = "Read a message on standard input and print the one-time code "
            + "in it (exit 44 if there is none). No keychain needed.")
    static final class ExtractCode implements Callable<Integer> {
        @ParentCommand LatchkeyCommand root;

        @Override
        public Integer call() throws LatchkeyException {
            String message;
            try {
                message = new String(root.context.in().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new LatchkeyException(Status.IO, "cannot read standard input");
            }
            String code = CodeExtractor.extract(message).orElseThrow(() ->
                    new LatchkeyException(Status.ITEM_NOT_FOUND, "no one-time code found in the message"));
            if (root.json) {
                root.context.out().println(CliContext.json().createObjectNode().put("code", code).toPrettyString());
            } else {
                root.context.out().println(code);
            }
            return ExitCodes.OK;
        }
    }
}
