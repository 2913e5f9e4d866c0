package dev.latchkey.crypto.trust;

import static dev.latchkey.crypto.testing.TestPki.DURING;
import static dev.latchkey.crypto.testing.TestPki.cert;
import static dev.latchkey.crypto.testing.TestPki.rootCa;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.testing.TestPki.Issued;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revocation from CRL files the caller gives. */
class RevocationTest {
    private final Issued root = rootCa("CN=CRL Root");
    private final Issued ca = cert("CN=CRL CA").ca(0).issuedBy(root);
    private final Issued leaf = cert("CN=leaf").issuedBy(ca);
    private final Issued other = cert("CN=other").issuedBy(ca);

    private TrustResult evaluate(TrustStore store, TrustPolicy policy, java.time.Instant time) {
        return new TrustEvaluator(store).evaluate(leaf.cert(), List.of(ca.cert()), policy, time);
    }

    @Test
    void aListedCertificateIsRevoked() {
        TrustStore store = TrustStore.builder().addAnchor(root.cert()).addCrl(TestPki.crl(ca, leaf.cert())).build();

        TrustResult result = evaluate(store, TrustPolicy.basic(), DURING);

        assertThat(result.result()).isEqualTo(TrustResultType.FATAL_TRUST_FAILURE);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.certIndex()).isZero();
            assertThat(f.code()).isEqualTo(FindingCode.REVOKED);
            assertThat(f.message()).contains("keyCompromise");
        });
    }

    @Test
    void aRevokedIntermediateIsReportedOnTheIntermediate() {
        TrustStore store = TrustStore.builder().addAnchor(root.cert()).addCrl(TestPki.crl(root, ca.cert()))
                .addCrl(TestPki.crl(ca)).build();

        TrustResult result = evaluate(store, TrustPolicy.basic().withRevocation(RevocationMode.REQUIRED), DURING);

        assertThat(result.findings()).extracting(Finding::certIndex, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, FindingCode.REVOKED));
    }

    @Test
    void anUnlistedCertificateIsGoodAndMissingListsMatterOnlyWhenRequired() {
        TrustStore withCrl = TrustStore.builder().addAnchor(root.cert()).addCrl(TestPki.crl(ca, other.cert()))
                .addCrl(TestPki.crl(root)).build();
        TrustStore withoutCrl = TrustStore.builder().addAnchor(root.cert()).build();

        assertThat(evaluate(withCrl, TrustPolicy.basic().withRevocation(RevocationMode.REQUIRED), DURING).trusted()).isTrue();
        assertThat(evaluate(withoutCrl, TrustPolicy.basic(), DURING).trusted()).isTrue();
        assertThat(evaluate(withoutCrl, TrustPolicy.basic().withRevocation(RevocationMode.REQUIRED), DURING).findings())
                .extracting(Finding::code).containsOnly(FindingCode.REVOCATION_UNKNOWN);
    }

    @Test
    void aStaleOrForeignListIsNotUsed() {
        Issued stranger = rootCa("CN=CRL CA");
        TrustStore foreign = TrustStore.builder().addAnchor(root.cert()).addCrl(TestPki.crl(stranger, leaf.cert())).build();
        TrustStore current = TrustStore.builder().addAnchor(root.cert()).addCrl(TestPki.crl(ca, leaf.cert())).build();

        assertThat(evaluate(foreign, TrustPolicy.basic(), DURING).trusted()).as("signed by another key").isTrue();
        assertThat(evaluate(current, TrustPolicy.basic(), DURING.plus(Duration.ofDays(30))).trusted())
                .as("after the CRL's next update").isTrue();
        assertThat(evaluate(current, TrustPolicy.basic().withRevocation(RevocationMode.OFF), DURING).trusted()).isTrue();
    }
}
