package dev.latchkey.crypto.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.latchkey.crypto.CryptoException;
import dev.latchkey.crypto.Corpus;
import dev.latchkey.crypto.asn1.Asn1Decoder;
import dev.latchkey.crypto.asn1.Asn1Node;
import dev.latchkey.crypto.asn1.Asn1Tree;
import dev.latchkey.crypto.cms.CmsEncryption;
import dev.latchkey.crypto.cms.CmsFormat;
import dev.latchkey.crypto.cms.CmsSigner;
import dev.latchkey.crypto.cms.CmsVerifier;
import dev.latchkey.crypto.cms.ContentCipher;
import dev.latchkey.crypto.testing.TestPki;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;

/**
 * A bounded Jazzer campaign on the parsers that read untrusted files: the ASN.1 viewer's
 * decoder (which must never throw, and must keep every node inside the data) and the CMS
 * reader (which may only say "malformed" with a {@link CryptoException}). Seeds are read from
 * ../shared/corpus at run time (pyca-x509, x509-limbo, pyca-pkcs12) plus CMS messages made
 * here; run with {@code mvn -B -pl crypto -Pfuzz verify}. Any other exception is a finding.
 */
class ParserFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Jazzer's working corpus for {@link #parsers}: seeded before the campaign starts. */
    @BeforeAll
    static void seed() throws Exception {
        Path base = Path.of(System.getProperty("jazzer.internal.basedir", System.getProperty("user.dir")));
        Path corpus = Files.createDirectories(base.resolve(".cifuzz-corpus").resolve(ParserFuzzTest.class.getName())
                .resolve("parsers"));
        int n = 0;
        for (String dir : List.of("pyca-x509/x509", "pyca-pkcs12")) {
            try (Stream<Path> files = Files.walk(Corpus.require(dir))) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> Files.isReadable(f)).toList()) {
                    if (Files.size(file) <= 16384) {
                        Files.copy(file, corpus.resolve("seed-" + n++), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        n = limboSeeds(corpus, n);
        TestPki.Signers pki = TestPki.signers();
        byte[] content = "fuzz seed".getBytes(StandardCharsets.US_ASCII);
        for (CmsFormat format : CmsFormat.values()) {
            for (boolean detached : List.of(false, true)) {
                Files.write(corpus.resolve("seed-" + n++), CmsSigner.sign(content, pki.ec.privateKey(),
                        pki.ec.chain(), detached, format));
            }
            Files.write(corpus.resolve("seed-" + n++), CmsEncryption.encrypt(content, List.of(pki.rsa.certificate(),
                    pki.ec.certificate()), ContentCipher.AES256_GCM, format));
        }
        assertThat(n).as("seeds").isGreaterThan(100);
    }

    /** The PEM certificates inside x509-limbo's JSON test cases. */
    private static int limboSeeds(Path corpus, int n) throws IOException {
        Path limbo;
        try (Stream<Path> files = Files.walk(Corpus.require("x509-limbo"))) {
            limbo = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElse(null);
        }
        if (limbo == null) {
            return n;
        }
        int count = n;
        for (JsonNode testcase : JSON.readTree(limbo.toFile()).path("testcases")) {
            for (JsonNode pem : testcase.path("peer_certificate").isMissingNode() ? List.<JsonNode>of()
                    : List.of(testcase.path("peer_certificate"))) {
                Files.writeString(corpus.resolve("seed-" + count++), pem.asText());
            }
            if (count - n > 400) {
                break;
            }
        }
        return count;
    }

    @FuzzTest(maxDuration = "3m")
    void parsers(byte[] data) {
        Asn1Tree tree = Asn1Decoder.decode(data);
        tree.roots().forEach(node -> inside(node, tree.data().length));
        try {
            CmsVerifier.verify(data, null);
        } catch (CryptoException e) {
            // Malformed input, said as such: what the reader is for.
        }
        try {
            CmsEncryption.recipients(data);
        } catch (CryptoException e) {
            // As above.
        }
    }

    private static void inside(Asn1Node node, int length) {
        if (node.offset() < 0 || node.end() > length || node.headerLength() < 2) {
            throw new IllegalStateException("node outside the data: " + node.offset() + "+" + node.totalLength());
        }
        node.children().forEach(c -> inside(c, length));
    }
}
