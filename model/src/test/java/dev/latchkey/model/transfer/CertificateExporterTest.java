package dev.latchkey.model.transfer;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.MutableClock;
import dev.latchkey.model.Status;
import dev.latchkey.model.certificates.KeychainCertificates;
import dev.latchkey.model.certificates.StoredIdentity;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CertificateExporterTest {
    private static final char[] PASSPHRASE = "export passphrase".toCharArray();

    @TempDir
    Path home;
    @TempDir
    Path files;
    MutableClock clock;
    KeychainService service;
    Keychain keychain;
    KeychainCertificates certificates;
    CertificateExporter exporter;

    @BeforeEach
    void setUp() throws Exception {
        clock = Fixtures.clock();
        service = Fixtures.service(home, clock);
        keychain = service.unlock(service.create("login", PASSWORD), PASSWORD);
        byte[] p12 = MaterialWriter.identities(ExportFormat.PKCS12, List.of(TestPki.get().leaf), List.of(), PASSPHRASE,
                Pkcs12Protection.AES_256_SHA256);
        new CertificateImporter(keychain).importFile(p12, PASSPHRASE);
        certificates = new KeychainCertificates(keychain);
        exporter = new CertificateExporter(certificates);
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    @ParameterizedTest
    @EnumSource(Pkcs12Protection.class)
    void anIdentityLeavesAsPkcs12WithItsKeyAndIssuers(Pkcs12Protection protection) throws Exception {
        byte[] p12 = exporter.identities(certificates.identities(), ExportFormat.PKCS12, PASSPHRASE, protection);

        KeyMaterial back = CertificateImporter.read(p12, PASSPHRASE);
        assertThat(back.format()).isEqualTo(SourceFormat.PKCS12);
        Identity identity = back.identities().get(0);
        assertThat(identity.chain()).containsExactly(TestPki.get().leaf.certificate(),
                TestPki.get().intermediate.certificate(), TestPki.get().root.certificate());
        assertThat(identity.privateKey().getEncoded()).isEqualTo(TestPki.get().leaf.privateKey().getEncoded());
        assertThat(catchThrowableOfType(LatchkeyException.class, () -> CertificateImporter.read(p12, "wrong".toCharArray()))
                .status()).isEqualTo(Status.WRONG_PASSPHRASE);
    }

    @Test
    void aPrivateKeyLeavesOnlyRightAfterThePasswordAndOnlyEncrypted() throws Exception {
        StoredIdentity identity = certificates.identities().get(0);
        List<dev.latchkey.model.item.Item> keys = List.of(identity.key());

        byte[] pkcs8 = exporter.privateKeys(keys, ExportFormat.PKCS8, PASSPHRASE);
        assertThat(CertificateImporter.read(pkcs8, PASSPHRASE).privateKeys().get(0).key().getEncoded())
                .isEqualTo(TestPki.get().leaf.privateKey().getEncoded());
        assertThat(catchThrowableOfType(LatchkeyException.class, () -> CertificateImporter.read(pkcs8, null)).status())
                .isEqualTo(Status.PASSPHRASE_REQUIRED);
        assertThat(catchThrowableOfType(LatchkeyException.class,
                () -> exporter.privateKeys(keys, ExportFormat.PKCS8, new char[0])).status()).isEqualTo(Status.PARAM);

        clock.advance(Keychain.REAUTHENTICATION_WINDOW.plus(Duration.ofSeconds(1)));
        LatchkeyException stale = catchThrowableOfType(LatchkeyException.class,
                () -> exporter.identities(List.of(identity), ExportFormat.PKCS12, PASSPHRASE,
                        Pkcs12Protection.AES_256_SHA256));
        assertThat(stale.status()).isEqualTo(Status.INTERACTION_REQUIRED);
        assertThat(catchThrowableOfType(LatchkeyException.class,
                () -> exporter.privateKeys(keys, ExportFormat.PEM, PASSPHRASE)).status())
                .isEqualTo(Status.INTERACTION_REQUIRED);

        keychain.confirmPassword(PASSWORD);
        assertThat(new String(exporter.privateKeys(keys, ExportFormat.PEM, PASSPHRASE), java.nio.charset.StandardCharsets.US_ASCII))
                .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
    }

    @Test
    void certificatesLeaveInEachFormatThatHoldsThem() throws Exception {
        var all = certificates.certificates();

        assertThat(CertificateImporter.read(CertificateExporter.certificates(all, ExportFormat.PEM), null)
                .certificates()).hasSize(3);
        KeyMaterial p7b = CertificateImporter.read(CertificateExporter.certificates(all, ExportFormat.PKCS7), null);
        assertThat(p7b.format()).isEqualTo(SourceFormat.PKCS7);
        assertThat(p7b.certificates()).hasSize(3);
        assertThat(CertificateImporter.read(CertificateExporter.certificates(all.subList(0, 1), ExportFormat.DER), null)
                .format()).isEqualTo(SourceFormat.DER_CERTIFICATE);
        assertThat(catchThrowableOfType(LatchkeyException.class,
                () -> CertificateExporter.certificates(all, ExportFormat.DER)).status()).isEqualTo(Status.PARAM);
        assertThat(catchThrowableOfType(LatchkeyException.class,
                () -> CertificateExporter.certificates(all, ExportFormat.PKCS8)).status())
                .isEqualTo(Status.UNSUPPORTED_FORMAT);
    }

    @Test
    void aFileWithKeysIsTheOwnersAloneAndTheBytesAreWiped() throws Exception {
        Path out = files.resolve("identity.p12");
        byte[] data = {1, 2, 3};

        ExportFile.write(out, data, true);

        assertThat(Files.readAllBytes(out)).containsExactly(1, 2, 3);
        assertThat(data).containsOnly(0);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
        assertThat(catchThrowableOfType(LatchkeyException.class,
                () -> ExportFile.write(files.resolve("missing/folder.pem"), new byte[1], false)).status())
                .isEqualTo(Status.IO);
    }
}
