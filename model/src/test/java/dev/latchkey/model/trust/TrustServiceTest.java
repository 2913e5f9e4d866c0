package dev.latchkey.model.trust;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.trust.FindingCode;
import dev.latchkey.crypto.trust.PolicyKind;
import dev.latchkey.crypto.trust.TrustPolicy;
import dev.latchkey.crypto.trust.TrustResult;
import dev.latchkey.crypto.trust.TrustResultType;
import dev.latchkey.crypto.trust.TrustSetting;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.transfer.CertificateImporter;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrustServiceTest {
    static final TestPki PKI = TestPki.get();
    static final TrustPolicy SSL = TrustPolicy.sslServer("www.example.test");

    @TempDir
    Path home;
    KeychainService service;
    Keychain keychain;

    @BeforeEach
    void setUp() throws Exception {
        service = Fixtures.service(home, Fixtures.clock());
        keychain = service.unlock(service.create("login", PASSWORD), PASSWORD);
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    private TrustResult evaluate(TrustService trust, TrustPolicy policy, X509Certificate... intermediates) {
        return trust.evaluate(PKI.leaf.certificate(), List.of(intermediates), policy, TestPki.DURING);
    }

    @Test
    void withoutDefaultsOnlyTheGivenRootsAreAnchors() {
        assertThat(evaluate(TrustService.builder().anchors(List.of(PKI.root.certificate())).build(), SSL,
                PKI.intermediate.certificate()).result()).isEqualTo(TrustResultType.UNSPECIFIED);

        TrustResult none = evaluate(TrustService.builder().build(), SSL, PKI.intermediate.certificate());
        assertThat(none.trusted()).isFalse();
        assertThat(none.findings()).extracting(f -> f.code()).contains(FindingCode.ISSUER_NOT_FOUND);
    }

    @Test
    void systemRootsDoNotTrustAPrivateRoot() throws Exception {
        TrustService defaults = TrustService.withDefaults(null);

        assertThat(defaults.anchorCount()).isGreaterThan(50);
        assertThat(evaluate(defaults, SSL, PKI.intermediate.certificate()).trusted()).isFalse();
    }

    @Test
    void theKeychainSuppliesIntermediatesAndTrustSettingsPerPolicy() throws Exception {
        new CertificateImporter(keychain).importFile(MaterialWriter.certificates(ExportFormat.PEM, List.of(
                NamedCertificate.unnamed(PKI.intermediate.certificate())), null), null);
        TrustSettings settings = new TrustSettings(keychain);
        settings.set(PKI.root.certificate(), null, TrustSetting.ALWAYS_TRUST);
        settings.set(PKI.root.certificate(), PolicyKind.SMIME, TrustSetting.NEVER_TRUST);

        TrustService trust = TrustService.builder().keychain(keychain).build();

        assertThat(evaluate(trust, SSL).result()).as("intermediate found in the keychain")
                .isEqualTo(TrustResultType.PROCEED);
        assertThat(evaluate(trust, TrustPolicy.smime("admin@example.test")).result()).isEqualTo(TrustResultType.DENY);
    }

    @Test
    void neverTrustOnAnIntermediateDeniesEvenUnderAGivenRoot() throws Exception {
        new TrustSettings(keychain).set(PKI.intermediate.certificate(), null, TrustSetting.NEVER_TRUST);

        TrustResult result = evaluate(TrustService.builder().keychain(keychain).anchors(List.of(PKI.root.certificate()))
                .build(), SSL, PKI.intermediate.certificate());

        assertThat(result.result()).isEqualTo(TrustResultType.DENY);
        assertThat(result.findings()).extracting(f -> f.code()).contains(FindingCode.DENIED_BY_TRUST_SETTING);
    }
}
