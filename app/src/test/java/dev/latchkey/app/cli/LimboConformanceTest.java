package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * x509-limbo (2023-12-02, 135 server cases) through {@code latchkey verify-cert -L -p ssl}, in
 * process, one run per case with its certificates in files: every case the command can express must
 * come out as the suite expects. A case it cannot express is out of scope, and the report names it
 * with the reason for its category. Exit 0 is SUCCESS; exit 60 (not trusted) and 65 (a certificate
 * the command refuses to read) are FAILURE. Prints the figures per group and every failure with the
 * command's findings.
 */
class LimboConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Cases for the RFC 5280 profile that the CA/Browser Forum profile of {@code -p ssl} answers the
     * other way (each has a webpki:: twin that runs under -p ssl). They run under {@code -p basic},
     * the command's RFC 5280 policy, which checks no host name.
     */
    private static final String RFC5280_ONLY = "rfc5280-incompatible-with-webpki";

    /**
     * Asks for example.com, which its leaf does not name (only CN=foo, as a directory name); upstream
     * since asks for no peer name (C2SP/x509-limbo issue 282, fixed by pull request 287), and so does this run.
     */
    private static final String NO_PEER_NAME_UPSTREAM = "rfc5280::nc::permitted-dn-match";

    private static final String CABF_EKU = "the CA/Browser Forum's rules on where EKU must and must not appear, "
            + "which -p ssl does not apply on purpose: it reads a leaf without EKU as usable for any purpose "
            + "(RFC 5280 4.2.1.12) and lets a CA, a root too, narrow its purposes with EKU (EKU chaining, as Apple "
            + "and Mozilla do)";

    /** Cases whose rule -p ssl does not apply on purpose. */
    private static final Map<String, String> POLICY_DIFFERS = Map.of(
            "webpki::eku::ee-without-eku", CABF_EKU,
            "webpki::eku::root-has-eku", CABF_EKU);

    @TempDir
    Path home;
    @TempDir
    Path files;

    @Test
    void verifyCertAnswersEveryExpressibleCaseAsTheSuiteExpects() throws Exception {
        JsonNode cases = JSON.readTree(Corpus.require("x509-limbo/limbo.json").toFile()).get("testcases");
        CliRun cli = new CliRun(home).noTerminal();
        Map<String, int[]> groups = new TreeMap<>();
        Map<String, List<String>> outOfScope = new LinkedHashMap<>();
        List<String> underBasic = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int expressible = 0;
        int passed = 0;
        for (JsonNode testcase : cases) {
            String id = testcase.get("id").asText();
            String reason = outOfScope(testcase);
            if (reason != null) {
                outOfScope.computeIfAbsent(reason, r -> new ArrayList<>()).add(id);
                continue;
            }
            boolean basic = hasFeature(testcase, RFC5280_ONLY);
            if (basic) {
                underBasic.add(id);
            }
            CliRun.Result run = cli.run(arguments(testcase, files.resolve("case-" + expressible), basic));
            expressible++;
            boolean expectSuccess = testcase.get("expected_result").asText().equals("SUCCESS");
            int[] counts = groups.computeIfAbsent(group(id), k -> new int[2]);
            counts[1]++;
            if (!List.of(ExitCodes.OK, ExitCodes.TRUST_FAILED, ExitCodes.BAD_INPUT).contains(run.code())) {
                failures.add(id + ": exit " + run.code() + ": " + run.err().strip());
            } else if ((run.code() == ExitCodes.OK) == expectSuccess) {
                counts[0]++;
                passed++;
            } else {
                failures.add(id + ": expected " + (expectSuccess ? "SUCCESS" : "FAILURE") + ", got "
                        + (run.code() == ExitCodes.BAD_INPUT ? run.err().strip() : verdict(run)));
            }
        }

        StringBuilder report = new StringBuilder(String.format("x509-limbo through latchkey verify-cert -L -p ssl: "
                + "%d/%d expressible server cases passed (%d cases, %d out of scope)%n", passed, expressible,
                cases.size(), cases.size() - expressible));
        groups.forEach((group, c) -> report.append(String.format("  %-22s %3d/%3d%n", group, c[0], c[1])));
        report.append("  run with -p basic, the RFC 5280 profile (").append(RFC5280_ONLY).append("): ")
                .append(String.join(", ", underBasic)).append('\n');
        report.append("  run without -n, as upstream corrected it (C2SP/x509-limbo#282): ").append(NO_PEER_NAME_UPSTREAM)
                .append('\n');
        outOfScope.forEach((reason, ids) -> report.append("  out of scope (").append(ids.size()).append("), ")
                .append(reason).append(":\n    ").append(String.join("\n    ", ids)).append('\n'));
        failures.forEach(f -> report.append("  FAIL ").append(f).append('\n'));
        System.out.println(report);

        assertThat(cases.size()).isEqualTo(135);
        assertThat(cases.size() - expressible).as("cases out of scope").isEqualTo(4);
        assertThat(failures).as(report.toString()).isEmpty();
    }

    /** Why verify-cert cannot express this case, or null when it can. */
    private static String outOfScope(JsonNode testcase) {
        if (!testcase.get("validation_kind").asText().equals("SERVER")) {
            return "client validation: -p ssl evaluates servers";
        }
        if (present(testcase, "key_usage")) {
            return "the leaf must allow particular key usages: verify-cert has no option for them "
                    + "(-p ssl asks for any one of digitalSignature, keyEncipherment and keyAgreement)";
        }
        JsonNode eku = testcase.get("extended_key_usage");
        if (present(testcase, "extended_key_usage") && !(eku.size() == 1 && eku.get(0).asText().equals("serverAuth"))) {
            return "extended key usages other than serverAuth (the one -p ssl asks for)";
        }
        for (String field : List.of("signature_algorithms", "expected_peer_names")) {
            if (present(testcase, field)) {
                return field + ": verify-cert has no option for it";
            }
        }
        JsonNode peer = testcase.get("expected_peer_name");
        if (!peer.isNull() && peer.get("kind").asText().equals("RFC822")) {
            return "an e-mail address as the peer name: -p ssl matches a host name or IP address";
        }
        return POLICY_DIFFERS.get(testcase.get("id").asText());
    }

    private static String[] arguments(JsonNode testcase, Path dir, boolean basic) throws IOException {
        Files.createDirectories(dir);
        List<String> args = new ArrayList<>(List.of("verify-cert", "-L", "--json", "-p", basic ? "basic" : "ssl"));
        args.addAll(List.of("-c", pem(dir, "leaf.pem", testcase.get("peer_certificate"))));
        int n = 0;
        for (JsonNode intermediate : testcase.get("untrusted_intermediates")) {
            args.addAll(List.of("-c", pem(dir, "intermediate-" + n++ + ".pem", intermediate)));
        }
        for (JsonNode root : testcase.get("trusted_certs")) {
            args.addAll(List.of("-r", pem(dir, "root-" + n++ + ".pem", root)));
        }
        JsonNode peer = testcase.get("expected_peer_name");
        if (!peer.isNull() && !testcase.get("id").asText().equals(NO_PEER_NAME_UPSTREAM)) {
            args.addAll(List.of("-n", peer.get("value").asText()));
        }
        if (!testcase.get("validation_time").isNull()) {
            args.addAll(List.of("-d", testcase.get("validation_time").asText()));
        }
        if (!testcase.get("max_chain_depth").isNull()) {
            args.addAll(List.of("--max-depth", testcase.get("max_chain_depth").asText()));
        }
        return args.toArray(String[]::new);
    }

    private static String pem(Path dir, String name, JsonNode text) throws IOException {
        return Files.writeString(dir.resolve(name), text.asText()).toString();
    }

    private static boolean present(JsonNode testcase, String field) {
        JsonNode value = testcase.get(field);
        return value != null && !value.isNull() && !(value.isArray() && value.isEmpty());
    }

    private static boolean hasFeature(JsonNode testcase, String feature) {
        JsonNode features = testcase.get("features");
        return features.isArray()
                && StreamSupport.stream(features.spliterator(), false).anyMatch(f -> f.asText().equals(feature));
    }

    private static String group(String id) {
        String[] parts = id.split("::");
        return parts.length > 2 ? parts[0] + "::" + parts[1] : parts[0];
    }

    /** The result and findings from verify-cert's JSON output. */
    private static String verdict(CliRun.Result run) {
        try {
            JsonNode json = JSON.readTree(run.out());
            String findings = json.get("findings").isEmpty() ? "(no findings)"
                    : StreamSupport.stream(json.get("findings").spliterator(), false)
                            .map(f -> "[" + f.get("certIndex").asInt() + "] " + f.get("code").asText() + ": "
                                    + f.get("message").asText())
                            .collect(Collectors.joining("; "));
            return json.get("result").asText() + " " + findings;
        } catch (IOException e) {
            return "unreadable output: " + run.out();
        }
    }
}
