package dev.latchkey.crypto.trust;

import static dev.latchkey.crypto.testing.TestPki.DURING;
import static dev.latchkey.crypto.testing.TestPki.cert;
import static dev.latchkey.crypto.testing.TestPki.rootCa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.testing.TestPki.Issued;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.junit.jupiter.api.Test;

/** Path building, anchors and trust settings, and the shape of the result. */
class TrustEvaluatorTest {
    private final Issued root = rootCa("CN=Root A");
    private final Issued intermediate = cert("CN=Intermediate A").ca(0).issuedBy(root);
    private final Issued leaf = cert("CN=leaf").dns("www.example.test").eku(KeyPurposeId.id_kp_serverAuth)
            .issuedBy(intermediate);

    private static TrustResult evaluate(TrustStore store, Issued leaf, TrustPolicy policy, Issued... intermediates) {
        List<X509Certificate> certs = java.util.Arrays.stream(intermediates).map(Issued::cert).toList();
        return new TrustEvaluator(store).evaluate(leaf.cert(), certs, policy, DURING);
    }

    private static List<FindingCode> codes(TrustResult result) {
        return result.findings().stream().map(Finding::code).toList();
    }

    @Test
    void chainToADefaultAnchorIsUnspecified() {
        TrustResult result = evaluate(TrustStore.builder().addAnchor(root.cert()).build(), leaf,
                TrustPolicy.sslServer("www.example.test"), intermediate);

        assertThat(result.result()).isEqualTo(TrustResultType.UNSPECIFIED);
        assertThat(result.trusted()).isTrue();
        assertThat(result.anchored()).isTrue();
        assertThat(result.chain()).containsExactly(leaf.cert(), intermediate.cert(), root.cert());
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void alwaysTrustMakesAnAnchorAndProceeds() {
        TrustStore store = TrustStore.builder().setTrust(root.cert(), TrustSetting.ALWAYS_TRUST).build();

        assertThat(evaluate(store, leaf, TrustPolicy.basic(), intermediate).result()).isEqualTo(TrustResultType.PROCEED);
    }

    @Test
    void aSelfSignedLeafTrustedByTheUserProceedsForItsPolicyOnly() {
        Issued self = cert("CN=home.lan").dns("home.lan").selfSigned();
        TrustStore store = TrustStore.builder().setTrust(self.cert(), PolicyKind.SSL_SERVER, TrustSetting.ALWAYS_TRUST).build();

        TrustResult ssl = evaluate(store, self, TrustPolicy.sslServer("home.lan"));
        TrustResult mail = evaluate(store, self, TrustPolicy.smime(null));

        assertThat(ssl.result()).isEqualTo(TrustResultType.PROCEED);
        assertThat(ssl.chain()).containsExactly(self.cert());
        assertThat(mail.result()).isEqualTo(TrustResultType.RECOVERABLE_TRUST_FAILURE);
        assertThat(codes(mail)).containsExactly(FindingCode.UNTRUSTED_ROOT);
    }

    @Test
    void neverTrustOnAnyCertificateDenies() {
        TrustStore store = TrustStore.builder().addAnchor(root.cert())
                .setTrust(intermediate.cert(), TrustSetting.NEVER_TRUST).build();

        TrustResult result = evaluate(store, leaf, TrustPolicy.basic(), intermediate);

        assertThat(result.result()).isEqualTo(TrustResultType.DENY);
        assertThat(result.findingsFor(1)).extracting(Finding::code).containsExactly(FindingCode.DENIED_BY_TRUST_SETTING);
    }

    @Test
    void aDistrustedRootIsNoAnchor() {
        TrustStore store = TrustStore.builder().addAnchor(root.cert()).setTrust(root.cert(), TrustSetting.NEVER_TRUST).build();

        TrustResult result = evaluate(store, leaf, TrustPolicy.basic(), intermediate);

        assertThat(result.result()).isEqualTo(TrustResultType.DENY);
        assertThat(result.anchored()).isFalse();
    }

    @Test
    void missingIntermediateAndUnknownRootAreRecoverable() {
        TrustResult missing = evaluate(TrustStore.builder().addAnchor(root.cert()).build(), leaf, TrustPolicy.basic());
        TrustResult unknownRoot = evaluate(TrustStore.empty(), leaf, TrustPolicy.basic(), intermediate, root);

        assertThat(missing.result()).isEqualTo(TrustResultType.RECOVERABLE_TRUST_FAILURE);
        assertThat(missing.chain()).containsExactly(leaf.cert());
        assertThat(missing.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(FindingCode.ISSUER_NOT_FOUND);
            assertThat(f.message()).contains("Intermediate A");
        });
        assertThat(unknownRoot.chain()).hasSize(3);
        assertThat(unknownRoot.findingsFor(2)).extracting(Finding::code).containsExactly(FindingCode.UNTRUSTED_ROOT);
    }

    @Test
    void validityIsJudgedAtTheGivenTime() {
        TrustStore store = TrustStore.builder().addAnchor(root.cert()).build();
        TrustEvaluator evaluator = new TrustEvaluator(store);

        TrustResult later = evaluator.evaluate(leaf.cert(), List.of(intermediate.cert()), TrustPolicy.basic(),
                DURING.plus(Duration.ofDays(400)));
        TrustResult earlier = evaluator.evaluate(leaf.cert(), List.of(intermediate.cert()), TrustPolicy.basic(),
                DURING.minus(Duration.ofDays(40)));

        assertThat(codes(later)).containsOnly(FindingCode.EXPIRED);
        assertThat(later.findingsFor(0).get(0).message()).startsWith("The certificate expired on ");
        assertThat(codes(earlier)).containsOnly(FindingCode.NOT_YET_VALID);
    }

    @Test
    void aForgedSignatureIsFatal() {
        Issued impostor = cert("CN=Intermediate A").ca(0).selfSigned();
        Issued forged = cert("CN=forged").dns("www.example.test").issuedBy(impostor);

        TrustResult result = evaluate(TrustStore.builder().addAnchor(root.cert()).build(), forged, TrustPolicy.basic(),
                intermediate);

        assertThat(result.result()).isEqualTo(TrustResultType.FATAL_TRUST_FAILURE);
        assertThat(result.findingsFor(0)).extracting(Finding::code).contains(FindingCode.BAD_SIGNATURE);
    }

    @Test
    void picksTheRightOneOfSeveralIssuersWithOneName() {
        Issued rekeyed = cert("CN=Intermediate A").ca(0).issuedBy(root);
        Issued newLeaf = cert("CN=new leaf").issuedBy(rekeyed);
        TrustStore store = TrustStore.builder().addAnchor(root.cert()).build();

        TrustResult result = evaluate(store, newLeaf, TrustPolicy.basic(), intermediate, rekeyed);

        assertThat(result.result()).isEqualTo(TrustResultType.UNSPECIFIED);
        assertThat(result.chain().get(1)).isEqualTo(rekeyed.cert());
    }

    @Test
    void followsACrossSignatureToTheTrustedRoot() {
        Issued rootB = rootCa("CN=Root B");
        Issued crossB = cert("CN=Root B").keys(rootB.keys()).ca(null).issuedBy(root);
        Issued intB = cert("CN=Intermediate B").ca(0).issuedBy(rootB);
        Issued leafB = cert("CN=leaf b").issuedBy(intB);

        TrustResult result = evaluate(TrustStore.builder().addAnchor(root.cert()).build(), leafB, TrustPolicy.basic(),
                intB, rootB, crossB);

        assertThat(result.result()).as(result.findings().toString()).isEqualTo(TrustResultType.UNSPECIFIED);
        assertThat(result.chain()).containsExactly(leafB.cert(), intB.cert(), crossB.cert(), root.cert());
    }

    @Test
    void prefersAValidPathOverOneThroughAnExpiredCrossCertificate() {
        Issued rootB = rootCa("CN=Root B");
        Issued expiredCross = cert("CN=Root B").keys(rootB.keys()).ca(null)
                .validity(DURING.minus(Duration.ofDays(900)), DURING.minus(Duration.ofDays(1))).issuedBy(root);
        Issued leafB = cert("CN=leaf b").issuedBy(rootB);
        TrustStore store = TrustStore.builder().addAnchor(root.cert()).addAnchor(rootB.cert()).build();

        TrustResult result = evaluate(store, leafB, TrustPolicy.basic(), expiredCross);

        assertThat(result.result()).isEqualTo(TrustResultType.UNSPECIFIED);
        assertThat(result.chain()).containsExactly(leafB.cert(), rootB.cert());
    }

    @Test
    void aCycleOfCrossSignedCasEnds() {
        KeyPair a = KeyAlgorithm.EC_P256.generate();
        KeyPair b = KeyAlgorithm.EC_P256.generate();
        Issued caA = cert("CN=CA A").keys(a).ca(null).selfSigned();
        Issued caB = cert("CN=CA B").keys(b).ca(null).issuedBy(caA);
        Issued caAbyB = cert("CN=CA A").keys(a).ca(null).issuedBy(caB);
        Issued end = cert("CN=end").issuedBy(caB);

        TrustResult result = evaluate(TrustStore.builder().addAnchor(root.cert()).build(), end, TrustPolicy.basic(),
                caB, caAbyB);

        assertThat(result.trusted()).isFalse();
        assertThat(result.anchored()).isFalse();
    }

    @Test
    void verifiesEd25519RsaPssAndP384Signatures() throws Exception {
        Issued edRoot = cert("CN=Ed root").keys(KeyAlgorithm.ED25519).ca(null).selfSigned();
        Issued pssInt = cert("CN=PSS intermediate").keys(TestPki.keyPair("RSASSA-PSS", 2048)).ca(null).issuedBy(edRoot);
        Issued p384 = cert("CN=P-384 intermediate").keys(KeyAlgorithm.EC_P384).ca(null)
                .signature("SHA256withRSAandMGF1").issuedBy(pssInt);
        Issued end = cert("CN=end").keys(KeyAlgorithm.ED25519).signature("SHA384withECDSA").issuedBy(p384);

        TrustResult result = evaluate(TrustStore.builder().addAnchor(edRoot.cert()).build(), end, TrustPolicy.basic(),
                pssInt, p384);

        assertThat(result.result()).as(result.findings().toString()).isEqualTo(TrustResultType.UNSPECIFIED);
        assertThat(result.chain()).hasSize(4);
    }

    @Test
    void aMalformedExtensionIsFatal() {
        Issued broken = cert("CN=broken").rawExtension(org.bouncycastle.asn1.x509.Extension.subjectAlternativeName,
                false, "example.com".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).issuedBy(intermediate);

        TrustResult result = evaluate(TrustStore.builder().addAnchor(root.cert()).build(), broken,
                TrustPolicy.basic(), intermediate);

        assertThat(result.result()).isEqualTo(TrustResultType.FATAL_TRUST_FAILURE);
        assertThat(result.findingsFor(0)).extracting(Finding::message)
                .contains("The subject alternative name extension cannot be decoded.");
    }
}
