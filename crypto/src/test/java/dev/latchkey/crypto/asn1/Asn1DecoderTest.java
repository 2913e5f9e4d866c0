package dev.latchkey.crypto.asn1;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.Corpus;
import dev.latchkey.crypto.interop.OpenSsl;
import dev.latchkey.crypto.pem.PemReader;
import dev.latchkey.crypto.testing.TestPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ASN.1 viewer's decoder: the same offsets, depths, header lengths and lengths as
 * {@code openssl asn1parse} on every certificate of the pyca corpus; BER indefinite lengths;
 * encapsulated values; and malformed input decoded up to the byte where it goes wrong.
 */
class Asn1DecoderTest {
    private static final Pattern LINE = Pattern.compile("\\s*(\\d+):d=(\\d+)\\s+hl=(\\d+) l=\\s*(\\d+|inf) (cons|prim):.*");

    @TempDir
    Path dir;

    @Test
    void agreesWithOpensslAsn1parseOnTheCorpusCertificates() throws Exception {
        OpenSsl.require();
        Path x509 = Corpus.require("pyca-x509/x509");
        List<Path> files;
        try (Stream<Path> all = Files.list(x509)) {
            files = all.filter(p -> p.toString().endsWith(".pem") || p.toString().endsWith(".der")).sorted().toList();
        }
        int compared = 0;
        for (Path file : files) {
            byte[] input = Files.readAllBytes(file);
            Asn1Tree tree = Asn1Decoder.decode(input);
            Path der = Files.write(dir.resolve("in.der"), tree.data());
            OpenSsl.Run run = OpenSsl.run(dir, "asn1parse", "-inform", "DER", "-in", der.toString());
            if (run.exit() != 0 || !tree.complete() || PemReader.containsPem(input)
                    && PemReader.readAll(input).size() > 1) {
                continue;   // openssl refuses it too, or a chain file: the malformed cases have their own tests
            }
            assertThat(lines(tree)).as(file.getFileName().toString()).isEqualTo(opensslLines(run.output()));
            compared++;
        }
        assertThat(compared).as("corpus certificates compared").isGreaterThan(20);
    }

    /** openssl's view: it never looks inside OCTET STRING and BIT STRING values. */
    private static List<String> lines(Asn1Tree tree) {
        List<String> out = new ArrayList<>();
        tree.roots().forEach(n -> walk(n, out));
        return out;
    }

    private static void walk(Asn1Node n, List<String> out) {
        out.add(n.offset() + " " + n.depth() + " " + n.headerLength() + " " + (n.indefinite() ? "inf" : n.length())
                + " " + (n.constructed() ? "cons" : "prim"));
        if (!n.encapsulates()) {
            n.children().forEach(c -> walk(c, out));
        }
    }

    private static List<String> opensslLines(String output) {
        List<String> out = new ArrayList<>();
        for (String line : output.lines().toList()) {
            Matcher m = LINE.matcher(line);
            if (m.matches()) {
                out.add(m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4) + " " + m.group(5));
            }
        }
        return out;
    }

    @Test
    void namesOidsAndDecodesTimesAndStrings() throws Exception {
        Asn1Tree tree = Asn1Decoder.decode(TestPki.get().leaf.certificate().getEncoded());
        assertThat(tree.complete()).isTrue();
        List<Asn1Node> all = new ArrayList<>();
        tree.roots().forEach(n -> flatten(n, all));
        assertThat(all).extracting(Asn1Node::value).contains("1.2.840.10045.4.3.2 (SHA256WITHECDSA)",
                "2.5.4.3 (CN)", "www.example.test");
        assertThat(all).filteredOn(n -> n.name().equals("UTCTime")).first().extracting(Asn1Node::value)
                .asString().matches("20\\d\\d-\\d\\d-\\d\\dT.*Z \\(\\d{12}Z\\)");
        Asn1Node san = all.stream().filter(n -> n.value().startsWith("2.5.29.17")).findFirst().orElseThrow();
        assertThat(san.value()).isEqualTo("2.5.29.17 (Subject Alternative Name)");
        Asn1Node extnValue = all.get(all.indexOf(san) + 1);
        assertThat(extnValue.encapsulates()).as("the extension's OCTET STRING shows its SEQUENCE").isTrue();
        assertThat(extnValue.children().get(0).name()).isEqualTo("SEQUENCE");
        assertThat(extnValue.children().get(0).offset()).isEqualTo(extnValue.contentOffset());
    }

    private static void flatten(Asn1Node n, List<Asn1Node> out) {
        out.add(n);
        n.children().forEach(c -> flatten(c, out));
    }

    @Test
    void decodesBerIndefiniteLengthsAndConstructedStrings() {
        // SEQUENCE (indefinite) { OCTET STRING constructed (indefinite) { "ab", "c" }, NULL }
        byte[] ber = HexFormat.of().parseHex("3080" + "2480" + "04026162" + "040163" + "0000" + "0500" + "0000");
        Asn1Tree tree = Asn1Decoder.decode(ber);
        assertThat(tree.error()).isEmpty();
        Asn1Node sequence = tree.roots().get(0);
        assertThat(sequence.indefinite()).isTrue();
        assertThat(sequence.totalLength()).isEqualTo(ber.length);
        Asn1Node octets = sequence.children().get(0);
        assertThat(octets.constructed()).isTrue();
        assertThat(octets.totalLength()).isEqualTo(2 + 4 + 3 + 2);
        assertThat(octets.children()).extracting(Asn1Node::value).containsExactly("61 62", "63");
        assertThat(sequence.children().get(1).name()).isEqualTo("NULL");
        assertThat(sequence.children().get(1).offset()).isEqualTo(13);
    }

    @Test
    void aTruncatedCertificateIsShownUpToWhereItEnds() throws Exception {
        byte[] der = TestPki.get().leaf.certificate().getEncoded();
        byte[] cut = java.util.Arrays.copyOf(der, 200);
        Asn1Tree tree = Asn1Decoder.decode(cut);
        assertThat(tree.error()).hasValueSatisfying(e -> {
            assertThat(e.offset()).isEqualTo(200);
            assertThat(e.message()).contains("cut off");
        });
        assertThat(tree.roots()).hasSize(1);
        List<Asn1Node> all = new ArrayList<>();
        flatten(tree.roots().get(0), all);
        assertThat(all).extracting(Asn1Node::value).contains("www.example.test");
        assertThat(all).allSatisfy(n -> assertThat(n.end()).isLessThanOrEqualTo(200));
    }

    @Test
    void garbageStopsAtTheFirstBadByteWithAMessage() {
        assertThat(Asn1Decoder.decode(new byte[0]).error()).isPresent();
        Asn1Tree missingEoc = Asn1Decoder.decode(HexFormat.of().parseHex("30800500"));
        assertThat(missingEoc.error().orElseThrow().message()).contains("end-of-contents");
        Asn1Tree primitiveIndefinite = Asn1Decoder.decode(HexFormat.of().parseHex("0480"));
        assertThat(primitiveIndefinite.error().orElseThrow().offset()).isEqualTo(1);
        Asn1Tree hugeLength = Asn1Decoder.decode(HexFormat.of().parseHex("3085FFFFFFFFFF"));
        assertThat(hugeLength.error().orElseThrow().offset()).isEqualTo(1);
        Asn1Tree second = Asn1Decoder.decode(HexFormat.of().parseHex("0500" + "02"));
        assertThat(second.roots()).hasSize(1);
        assertThat(second.error().orElseThrow().offset()).isEqualTo(2);
        Asn1Tree badOid = Asn1Decoder.decode(HexFormat.of().parseHex("060180"));
        assertThat(badOid.complete()).isTrue();
        assertThat(badOid.roots().get(0).value()).startsWith("(not a valid OBJECT IDENTIFIER");
    }

    @Test
    void nestingIsBounded() {
        byte[] deep = new byte[2 * 300];
        for (int i = 0; i < 300; i++) {
            deep[2 * i] = 0x30;
            deep[2 * i + 1] = (byte) 0x80;
        }
        Asn1Tree tree = Asn1Decoder.decode(deep);
        assertThat(tree.error().orElseThrow().message()).contains("nested more than");
    }

    @Test
    void readsThePemBlockAndKeepsItsLabel() throws Exception {
        String pem = dev.latchkey.crypto.pem.PemWriter.encode("CERTIFICATE", TestPki.get().root.certificate()
                .getEncoded());
        Asn1Tree tree = Asn1Decoder.decode(pem.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        assertThat(tree.pemLabel()).contains("CERTIFICATE");
        assertThat(tree.data()).isEqualTo(TestPki.get().root.certificate().getEncoded());
        assertThat(Asn1Decoder.decode("-----BEGIN X-----\n!!!\n".getBytes(java.nio.charset.StandardCharsets
                .US_ASCII)).error()).isPresent();
    }
}
