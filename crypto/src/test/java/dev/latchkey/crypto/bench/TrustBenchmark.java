package dev.latchkey.crypto.bench;

import dev.latchkey.crypto.issuing.CertificateIssuer;
import dev.latchkey.crypto.issuing.CertificateSpec;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.pem.PemReader;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.trust.TrustEvaluator;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.crypto.trust.TrustStore;
import dev.latchkey.crypto.x509.CertificateDecoder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Benchmark (not a unit test): evaluates N EC P-256 leaves (root → intermediate → leaf, made once)
 * with {@link TrustEvaluator} and with {@code openssl verify} on the same files in the same run,
 * and prints both rates and their ratio. Single-threaded on both sides.
 *
 * <pre>
 * mvn -B -q -pl crypto -am test-compile
 * mvn -B -q -pl crypto exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.latchkey.crypto.bench.TrustBenchmark [-Dexec.args="10000"]
 * </pre>
 */
public final class TrustBenchmark {
    private static final int ROUNDS = 5;

    private TrustBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("latchkey-bench");
        try {
            run(n, dir);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void run(int n, Path dir) throws Exception {
        long t0 = System.nanoTime();
        Instant start = Instant.now().minus(Duration.ofDays(1));
        Identity root = CertificateIssuer.certificateAuthority(KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Bench Root").notBefore(start).validFor(Duration.ofDays(3650))
                        .certificateAuthority(null).build());
        Identity intermediate = CertificateIssuer.issueIdentity(root, KeyAlgorithm.EC_P256,
                CertificateSpec.builder("CN=Bench Intermediate").notBefore(start).validFor(Duration.ofDays(1000))
                        .certificateAuthority(0).build());
        write(dir.resolve("root.pem"), root.certificate());
        write(dir.resolve("int.pem"), intermediate.certificate());
        List<Path> leafFiles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            KeyPair keys = KeyAlgorithm.EC_P256.generate();
            X509Certificate leaf = CertificateIssuer.issue(intermediate, keys.getPublic(),
                    CertificateSpec.builder("CN=leaf" + i + ".bench.test").dns("leaf" + i + ".bench.test")
                            .notBefore(start).validFor(Duration.ofDays(90)).build());
            Path file = dir.resolve(String.format("leaf%05d.pem", i));
            write(file, leaf);
            leafFiles.add(file);
        }
        System.out.printf("generated %d leaves in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

        TrustStore store = TrustStore.builder().addAnchor(root.certificate()).build();
        X509Certificate intermediateCert = read(dir.resolve("int.pem"));
        List<X509Certificate> parsed = new ArrayList<>();
        for (Path file : leafFiles) {
            parsed.add(read(file));
        }
        // Rounds interleave the two tools so a busy machine slows both alike; round 1 warms the JIT.
        List<double[]> warm = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            double openssl = opensslRate(dir, leafFiles);
            // A fresh evaluator per loop: its signature cache must not remember the leaves of the last one.
            TrustEvaluator evaluator = new TrustEvaluator(store);
            long begin = System.nanoTime();
            for (Path file : leafFiles) {
                check(evaluator.evaluate(read(file), List.of(intermediateCert), TrustPolicy.basic(), Instant.now()));
            }
            double fromFiles = n / ((System.nanoTime() - begin) / 1e9);
            evaluator = new TrustEvaluator(store);
            begin = System.nanoTime();
            for (X509Certificate leaf : parsed) {
                check(evaluator.evaluate(leaf, List.of(intermediateCert), TrustPolicy.basic(), Instant.now()));
            }
            double inMemory = n / ((System.nanoTime() - begin) / 1e9);
            System.out.printf("round %d: openssl %.0f/s, latchkey %.0f/s from files (ratio %.2f), %.0f/s parsed%n",
                    round, openssl, fromFiles, fromFiles / openssl, inMemory);
            if (round > 1) {
                warm.add(new double[] {openssl, fromFiles, inMemory, fromFiles / openssl});
            }
        }
        warm.sort(Comparator.comparingDouble(r -> r[3]));
        double[] median = warm.get(warm.size() / 2);
        System.out.printf("openssl verify : %8.0f leaves/s%n", median[0]);
        System.out.printf("latchkey       : %8.0f leaves/s (read + parse + evaluate)%n", median[1]);
        System.out.printf("latchkey       : %8.0f leaves/s (evaluate only, certificates parsed once)%n", median[2]);
        System.out.printf("ratio          : %.2f of openssl's rate (median warm round; target >= 0.50)%n", median[3]);
    }

    /** openssl's rate over all files, less its start-up (CA loading) measured with one file. */
    private static double opensslRate(Path dir, List<Path> leaves) throws Exception {
        double single = timeOpenssl(dir, leaves.subList(0, 1));
        double all = timeOpenssl(dir, leaves);
        return (leaves.size() - 1) / (all - single);
    }

    private static double timeOpenssl(Path dir, List<Path> leaves) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl", "verify", "-CAfile", "root.pem", "-untrusted", "int.pem"));
        leaves.forEach(p -> command.add(p.getFileName().toString()));
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("openssl verify failed: " + new String(out, StandardCharsets.UTF_8));
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        long ok = new String(out, StandardCharsets.UTF_8).lines().filter(l -> l.endsWith(": OK")).count();
        if (ok != leaves.size()) {
            throw new IllegalStateException("openssl verified " + ok + " of " + leaves.size());
        }
        return seconds;
    }

    private static void check(TrustResult result) {
        if (!result.trusted()) {
            throw new IllegalStateException("a benchmark leaf was not trusted: " + result.findings());
        }
    }

    private static void write(Path file, X509Certificate cert) throws Exception {
        Files.writeString(file, PemWriter.encode(PemWriter.CERTIFICATE, cert.getEncoded()));
    }

    private static X509Certificate read(Path file) throws IOException, dev.latchkey.crypto.DecodeException {
        return CertificateDecoder.certificate(PemReader.readAll(Files.readAllBytes(file)).get(0).der());
    }
}
