package dev.latchkey.crypto.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.TrustEvaluator;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.crypto.trust.TrustStore;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fetches a chain from a real {@code openssl s_server} on loopback. */
class ChainFetcherTest {
    @TempDir
    Path dir;

    @Test
    void capturesTheChainAnOpenSslServerSends() throws Exception {
        TestPki pki = TestPki.get();
        Files.writeString(dir.resolve("leaf.pem"), PemWriter.encode(PemWriter.CERTIFICATE, pki.leaf.certificate().getEncoded()));
        Files.writeString(dir.resolve("chain.pem"),
                PemWriter.encode(PemWriter.CERTIFICATE, pki.intermediate.certificate().getEncoded()));
        Files.write(dir.resolve("leaf.key"), MaterialWriter.privateKey(ExportFormat.PEM, pki.leaf.privateKey(), null));
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process server = startServer(port);
        try {
            FetchedChain fetched = ChainFetcher.fetch(new ChainFetcher.Target("localhost", port), Duration.ofSeconds(10));

            assertThat(fetched.chain()).containsExactly(pki.leaf.certificate(), pki.intermediate.certificate());
            assertThat(fetched.protocol()).startsWith("TLSv1.");
            assertThat(fetched.cipherSuite()).isNotBlank();
            TrustResult result = new TrustEvaluator(TrustStore.builder().addAnchor(pki.root.certificate()).build())
                    .evaluate(fetched.leaf(), fetched.intermediates(), TrustPolicy.sslServer("www.example.test"), Instant.now());
            assertThat(result.trusted()).as(result.findings().toString()).isTrue();
        } finally {
            server.destroy();
            server.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aClosedPortIsAClearError() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }

        assertThatThrownBy(() -> ChainFetcher.fetch(new ChainFetcher.Target("127.0.0.1", port), Duration.ofSeconds(5)))
                .isInstanceOf(TlsException.class).hasMessageContaining("127.0.0.1:" + port);
    }

    @ParameterizedTest
    @CsvSource({"example.com, example.com, 443", "example.com:8443, example.com, 8443",
        "[2001:db8::1]:444, 2001:db8::1, 444", "2001:db8::1, 2001:db8::1, 443", "10.0.0.1:25, 10.0.0.1, 25"})
    void parsesTargets(String text, String host, int port) {
        assertThat(ChainFetcher.Target.parse(text)).isEqualTo(new ChainFetcher.Target(host, port));
    }

    private Process startServer(int port) throws Exception {
        Process server;
        try {
            server = new ProcessBuilder("openssl", "s_server", "-accept", String.valueOf(port), "-cert", "leaf.pem",
                    "-key", "leaf.key", "-cert_chain", "chain.pem", "-www").directory(dir.toFile())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            Assumptions.abort("openssl not found: " + e.getMessage());
            throw e;
        }
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("ACCEPT")) {
                        return true;
                    }
                }
            } catch (java.io.IOException e) {
                return false;
            }
            return false;
        });
        if (!ready.get(20, TimeUnit.SECONDS)) {
            server.destroy();
            throw new AssertionError("openssl s_server did not start");
        }
        return server;
    }
}
