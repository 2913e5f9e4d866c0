package dev.latchkey.crypto.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.Corpus;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.pem.PemReader;
import dev.latchkey.crypto.x509.CertificateDecoder;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * All 135 cases of x509-limbo (2023-12-02) under the SSL server policy. Prints the pass count per
 * group and every failure with its id and reason; fails below 95%.
 */
class LimboConformanceTest {
    @Test
    void passesAtLeast95PercentOfLimbo() throws Exception {
        Path file = Corpus.require("x509-limbo/limbo.json");
        JsonNode cases = new ObjectMapper().readTree(file.toFile()).get("testcases");
        Map<String, int[]> groups = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (JsonNode testcase : cases) {
            String id = testcase.get("id").asText();
            boolean expectSuccess = testcase.get("expected_result").asText().equals("SUCCESS");
            TrustResult result = run(testcase);
            boolean success = result != null && result.trusted();
            int[] counts = groups.computeIfAbsent(group(id), k -> new int[2]);
            counts[1]++;
            if (success == expectSuccess) {
                counts[0]++;
                passed++;
            } else {
                failures.add(id + ": expected " + (expectSuccess ? "SUCCESS" : "FAILURE") + ", got "
                        + (result == null ? "an unreadable leaf" : result.result() + " " + reasons(result)));
            }
        }
        StringBuilder report = new StringBuilder("x509-limbo: " + passed + "/" + cases.size() + " passed\n");
        groups.forEach((group, c) -> report.append(String.format("  %-22s %3d/%3d%n", group, c[0], c[1])));
        failures.forEach(f -> report.append("  FAIL ").append(f).append('\n'));
        System.out.println(report);

        assertThat(cases.size()).isEqualTo(135);
        assertThat(passed * 100.0 / cases.size()).as(report.toString()).isGreaterThanOrEqualTo(95.0);
    }

    private static TrustResult run(JsonNode testcase) {
        TrustStore.Builder store = TrustStore.builder();
        for (JsonNode pem : testcase.get("trusted_certs")) {
            decode(pem.asText()).ifPresent(store::addAnchor);
        }
        List<X509Certificate> intermediates = new ArrayList<>();
        for (JsonNode pem : testcase.get("untrusted_intermediates")) {
            decode(pem.asText()).ifPresent(intermediates::add);
        }
        X509Certificate leaf = decode(testcase.get("peer_certificate").asText()).orElse(null);
        if (leaf == null) {
            return null;
        }
        JsonNode peer = testcase.get("expected_peer_name");
        TrustPolicy policy = TrustPolicy.sslServer(peer.isNull() ? null : peer.get("value").asText());
        if (!testcase.get("max_chain_depth").isNull()) {
            policy = policy.withMaxIntermediates(testcase.get("max_chain_depth").asInt());
        }
        JsonNode time = testcase.get("validation_time");
        Instant at = time.isNull() ? Instant.now() : OffsetDateTime.parse(time.asText()).toInstant();
        return new TrustEvaluator(store.build()).evaluate(leaf, intermediates, policy, at);
    }

    private static java.util.Optional<X509Certificate> decode(String pem) {
        try {
            return java.util.Optional.of(CertificateDecoder.certificate(PemReader.readAll(pem).get(0).der()));
        } catch (DecodeException e) {
            return java.util.Optional.empty();
        }
    }

    private static String group(String id) {
        String[] parts = id.split("::");
        return parts.length > 2 ? parts[0] + "::" + parts[1] : parts[0];
    }

    private static String reasons(TrustResult result) {
        return result.findings().isEmpty() ? "(no findings)" : result.findings().stream()
                .map(f -> "[" + f.certIndex() + "] " + f.code() + ": " + f.message()).collect(Collectors.joining("; "));
    }
}
