package dev.latchkey.crypto.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.Corpus;
import dev.latchkey.crypto.x509.CertificateDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * NIST PKITS: every end-entity certificate whose file name starts with Valid or Invalid, with the
 * default initial settings (any policy, no explicit policy, mapping allowed) and CRLs required.
 * All CA certificates of the suite form the intermediate pool, all CRLs the revocation input.
 */
class PkitsConformanceTest {
    private static final Instant TIME = Instant.parse("2020-01-01T00:00:00Z");

    @Test
    void passesAtLeast95PercentOfPkits() throws Exception {
        Path certs = Corpus.require("pyca-x509/x509/PKITS_data/certs");
        Path crls = Corpus.require("pyca-x509/x509/PKITS_data/crls");
        TrustStore.Builder builder = TrustStore.builder()
                .addAnchor(read(certs.resolve("TrustAnchorRootCertificate.crt")));
        List<Path> leaves = new ArrayList<>();
        try (Stream<Path> files = Files.list(certs)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith("EE.crt")) {
                    if (name.startsWith("Valid") || name.startsWith("Invalid")) {
                        leaves.add(file);
                    }
                } else if (!name.equals("TrustAnchorRootCertificate.crt")) {
                    builder.addCertificate(read(file));
                }
            }
        }
        try (Stream<Path> files = Files.list(crls)) {
            for (Path file : files.sorted().toList()) {
                builder.addCrl(CertificateDecoder.crl(Files.readAllBytes(file)));
            }
        }
        TrustStore store = builder.build();
        assertThat(store.ignored()).isEmpty();
        TrustEvaluator evaluator = new TrustEvaluator(store);
        TrustPolicy policy = TrustPolicy.basic().withRevocation(RevocationMode.REQUIRED);

        Map<String, int[]> groups = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int passed = 0;
        for (Path leaf : leaves) {
            String name = leaf.getFileName().toString().replace(".crt", "");
            boolean expectValid = name.startsWith("Valid");
            TrustResult result = evaluator.evaluate(read(leaf), List.of(), policy, TIME);
            int[] counts = groups.computeIfAbsent(group(name), k -> new int[2]);
            counts[1]++;
            if (result.trusted() == expectValid) {
                counts[0]++;
                passed++;
            } else {
                failures.add(name + ": got " + result.result() + " " + reasons(result));
            }
        }
        StringBuilder report = new StringBuilder("NIST PKITS: " + passed + "/" + leaves.size() + " passed\n");
        groups.forEach((group, c) -> report.append(String.format("  %-40s %3d/%3d%n", group, c[0], c[1])));
        failures.forEach(f -> report.append("  FAIL ").append(f).append('\n'));
        System.out.println(report);

        assertThat(leaves).hasSize(203);
        assertThat(passed * 100.0 / leaves.size()).as(report.toString()).isGreaterThanOrEqualTo(95.0);
    }

    private static X509Certificate read(Path file) throws Exception {
        return CertificateDecoder.certificate(Files.readAllBytes(file));
    }

    /** "InvalidDNnameConstraintsTest12EE" → "DNnameConstraints". */
    private static String group(String name) {
        return name.replaceFirst("^(Valid|Invalid)", "").replaceFirst("Test\\d+EE$", "");
    }

    private static String reasons(TrustResult result) {
        return result.findings().isEmpty() ? "(no findings)" : result.findings().stream()
                .map(f -> "[" + f.certIndex() + "] " + f.code() + ": " + f.message()).collect(Collectors.joining("; "));
    }
}
