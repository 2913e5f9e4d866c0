package dev.latchkey.crypto.trust;

import static dev.latchkey.crypto.trust.TestCerts.NOW;
import static dev.latchkey.crypto.trust.TestCerts.cert;
import static dev.latchkey.crypto.trust.TestCerts.root;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.trust.TestCerts.Issued;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Revocation from CRL files the caller gives. */
class RevocationTest {
    private final Issued root = root("CN=CRL Root");
    private final Issued ca = cert("CN=CRL CA").ca(0).issuedBy(root);
    private final Issued leaf = cert("CN=leaf").issuedBy(ca);
    private final Issued other = cert("CN=other").issuedBy(ca);

    private TrustResult evaluate(TrustStore store, TrustPolicy policy, java.time.Instant time) {
        return new TrustEvaluator(store).evaluate(leaf.cert(), List.of(ca.cert()), policy, time);
    }

    @Test
    void aListedCertificateIsRevoked() {
        TrustStore store = TrustStore.builder().addAnchor(root.cert()).addCrl(TestCerts.crl(ca, leaf.cert())).build();

        TrustResult result = evaluate(store, TrustPolicy.basic(), NOW);

        assertThat(result.result()).isEqualTo(TrustResultType.FATAL_TRUST_FAILURE);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.certIndex()).isZero();
            assertThat(f.code()).isEqualTo(FindingCode.REVOKED);
            assertThat(f.message()).contains("keyCompromise");
        });
    }

    @Test
    void aRevokedIntermediateIsReportedOnTheIntermediate() {
        TrustStore store = TrustStore.builder().addAnchor(root.cert()).addCrl(TestCerts.crl(root, ca.cert()))
                .addCrl(TestCerts.crl(ca)).build();

        TrustResult result = evaluate(store, TrustPolicy.basic().withRevocation(RevocationMode.REQUIRED), NOW);

        assertThat(result.findings()).extracting(Finding::certIndex, Finding::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, FindingCode.REVOKED));
    }

    @Test
    void anUnlistedCertificateIsGoodAndMissingListsMatterOnlyWhenRequired() {
        TrustStore withCrl = TrustStore.builder().addAnchor(root.cert()).addCrl(TestCerts.crl(ca, other.cert()))
                .addCrl(TestCerts.crl(root)).build();
        TrustStore withoutCrl = TrustStore.builder().addAnchor(root.cert()).build();

        assertThat(evaluate(withCrl, TrustPolicy.basic().withRevocation(RevocationMode.REQUIRED), NOW).trusted()).isTrue();
        assertThat(evaluate(withoutCrl, TrustPolicy.basic(), NOW).trusted()).isTrue();
        assertThat(evaluate(withoutCrl, TrustPolicy.basic().withRevocation(RevocationMode.REQUIRED), NOW).findings())
                .extracting(Finding::code).containsOnly(FindingCode.REVOCATION_UNKNOWN);
    }

    @Test
    void aStaleOrForeignListIsNotUsed() {
        Issued stranger = root("CN=CRL CA");
        TrustStore foreign = TrustStore.builder().addAnchor(root.cert()).addCrl(TestCerts.crl(stranger, leaf.cert())).build();
        TrustStore current = TrustStore.builder().addAnchor(root.cert()).addCrl(TestCerts.crl(ca, leaf.cert())).build();

        assertThat(evaluate(foreign, TrustPolicy.basic(), NOW).trusted()).as("signed by another key").isTrue();
        assertThat(evaluate(current, TrustPolicy.basic(), NOW.plus(Duration.ofDays(30))).trusted())
                .as("after the CRL's next update").isTrue();
        assertThat(evaluate(current, TrustPolicy.basic().withRevocation(RevocationMode.OFF), NOW).trusted()).isTrue();
    }
}
