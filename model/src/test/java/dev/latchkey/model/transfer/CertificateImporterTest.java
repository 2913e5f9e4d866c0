package dev.latchkey.model.transfer;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.issuing.CertificationRequest;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.transfer.ImportReport.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificateImporterTest {
    private static final char[] FILE_PASSPHRASE = TestPki.FILE_PASSPHRASE.toCharArray();

    @TempDir
    Path home;
    KeychainService service;
    Keychain keychain;
    CertificateImporter importer;
    KeychainCertificates certificates;

    @BeforeEach
    void setUp() throws Exception {
        service = Fixtures.service(home, Fixtures.clock());
        keychain = service.unlock(service.create("login", PASSWORD), PASSWORD);
        importer = new CertificateImporter(keychain);
        certificates = new KeychainCertificates(keychain);
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    @Test
    void aPkcs12FileBecomesAnIdentityAndItsIssuersInOneGo() throws Exception {
        TestPki pki = TestPki.get();

        ImportReport report = importer.importFile(TestPki.pkcs12(pki.leaf), FILE_PASSPHRASE);

        assertThat(report.summary()).isEqualTo("Imported 1 identity and 2 certificates from PKCS#12.");
        assertThat(report.imported()).extracting(ImportReport.Entry::kind)
                .containsExactly(Kind.IDENTITY, Kind.CERTIFICATE, Kind.CERTIFICATE);
        assertThat(report.imported().get(0).itemIds()).hasSize(2);
        assertThat(certificates.certificates()).extracting(StoredCertificate::label)
                .containsExactly("Latchkey Test Intermediate", "Latchkey Test Root", "www.example.test");
        assertThat(certificates.identities()).singleElement().satisfies(identity -> {
            assertThat(identity.certificate().certificate()).isEqualTo(pki.leaf.certificate());
            assertThat(identity.certificate().emailAddresses()).containsExactly("admin@example.test");
            assertThat(certificates.privateKey(identity.key()).getEncoded())
                    .isEqualTo(pki.leaf.privateKey().getEncoded());
        });
        assertThat(certificates.keys()).singleElement().satisfies(key -> {
            assertThat(key.displayName()).isEqualTo("www.example.test");
            assertThat(key.kind()).isEqualTo("private key");
        });
    }

    @Test
    void importingAgainStoresNothingAndSaysSo() throws Exception {
        Identity identity = TestPki.selfSigned("twice.example.test");
        importer.importFile(TestPki.pkcs12(identity), FILE_PASSPHRASE);
        List<Item> before = keychain.items();

        ImportReport again = importer.importFile(TestPki.pkcs12(identity), FILE_PASSPHRASE);

        assertThat(again.nothingNew()).isTrue();
        assertThat(again.duplicates()).hasSize(1);
        assertThat(again.summary()).isEqualTo("Imported nothing from PKCS#12; 1 identity was already in the keychain.");
        assertThat(keychain.items()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aKeyMadeForARequestPairsWithItsCertificateWhenThatArrives() throws Exception {
        Identity signed = TestPki.selfSigned("renewed.example.test");
        byte[] keyOnly = MaterialWriter.privateKey(ExportFormat.PEM, signed.privateKey(), null);
        byte[] certificateOnly = MaterialWriter.certificates(ExportFormat.DER,
                List.of(NamedCertificate.unnamed(signed.certificate())), null);

        ImportReport key = importer.importFile(keyOnly, null);
        ImportReport certificate = importer.importFile(certificateOnly, null);

        assertThat(key.imported()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(Kind.PRIVATE_KEY);
            assertThat(e.label()).isEqualTo("Imported Private Key");
        });
        assertThat(certificate.imported()).singleElement().extracting(ImportReport.Entry::kind)
                .isEqualTo(Kind.IDENTITY);
        assertThat(certificates.identities()).singleElement()
                .satisfies(i -> assertThat(i.label()).isEqualTo("renewed.example.test"));
    }

    static Stream<Arguments> badFiles() throws Exception {
        byte[] der = TestPki.get().root.certificate().getEncoded();
        byte[] goodPem = MaterialWriter.certificates(ExportFormat.PEM,
                List.of(NamedCertificate.unnamed(TestPki.get().root.certificate())), null);
        byte[] bundleWithBadBlock = (new String(goodPem, StandardCharsets.US_ASCII)
                + "-----BEGIN CERTIFICATE-----\nMIIBnotbase64!!\n-----END CERTIFICATE-----\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] csr = CertificationRequest.create(KeyAlgorithm.EC_P256.generate(),
                new X500Principal("CN=request"), List.of()).encoded();
        return Stream.of(
                bad("garbage", "this is not a certificate".getBytes(StandardCharsets.UTF_8), null, Status.DECODE),
                bad("empty file", new byte[0], null, Status.DECODE),
                bad("truncated DER", Arrays.copyOf(der, der.length / 2), null, Status.DECODE),
                bad("PEM bundle with one damaged block", bundleWithBadBlock, null, Status.DECODE),
                bad("wrong PKCS#12 passphrase", TestPki.pkcs12(TestPki.get().leaf), "not it".toCharArray(),
                        Status.WRONG_PASSPHRASE),
                bad("PKCS#12 without a passphrase", TestPki.pkcs12(TestPki.get().leaf), null, Status.PASSPHRASE_REQUIRED),
                bad("certificate request", csr, null, Status.UNSUPPORTED_FORMAT),
                // PrivateKeyInfo { 0, AlgorithmIdentifier { 1.2.3.4 }, OCTET STRING 00 00 }
                bad("private key of an unknown algorithm", new byte[] {0x30, 0x0e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06,
                    0x03, 0x2a, 0x03, 0x04, 0x04, 0x02, 0x00, 0x00}, null, Status.UNSUPPORTED_FORMAT));
    }

    private static Arguments bad(String name, byte[] data, char[] passphrase, Status status) {
        return Arguments.of(Named.of(name, data), passphrase, status);
    }

    /** One keychain for every bad file: each must leave it exactly as it was. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class BadInput {
        KeychainService badService;
        Keychain target;
        List<Item> before;

        @BeforeAll
        void createKeychain(@TempDir Path badHome) throws Exception {
            badService = Fixtures.service(badHome, Fixtures.clock());
            target = badService.unlock(badService.create("target", PASSWORD), PASSWORD);
            new CertificateImporter(target).importFile(MaterialWriter.certificates(ExportFormat.DER,
                    List.of(NamedCertificate.unnamed(TestPki.selfSigned("already there").certificate())), null), null);
            before = target.items();
        }

        @AfterAll
        void close() {
            badService.close();
        }

        @ParameterizedTest
        @MethodSource("dev.latchkey.model.transfer.CertificateImporterTest#badFiles")
        void isRefusedWithAClearStatusAndNothingIsImported(byte[] data, char[] passphrase, Status status)
                throws Exception {
            LatchkeyException e = catchThrowableOfType(LatchkeyException.class,
                    () -> new CertificateImporter(target).importFile(data, passphrase));

            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception");
            assertThat(target.items()).containsExactlyInAnyOrderElementsOf(before);
        }
    }
}
