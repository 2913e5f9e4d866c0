package dev.latchkey.crypto.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.PassphraseRequiredException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.issuing.CertificationRequest;
import dev.latchkey.crypto.keypair.KeyAlgorithm;
import dev.latchkey.crypto.keypair.PrivateKeyWriter;
import dev.latchkey.crypto.material.Identity;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.material.SourceFormat;
import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.pkcs12.Pkcs12Protection;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.crypto.writer.ExportFormat;
import dev.latchkey.crypto.writer.MaterialWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MaterialReaderTest {
    private static final char[] PASSWORD = "correct horse ☺".toCharArray();
    private final TestPki pki = TestPki.get();

    @ParameterizedTest
    @EnumSource(Pkcs12Protection.class)
    void pkcs12RoundTripKeepsIdentityChainAndNames(Pkcs12Protection protection) throws Exception {
        Identity named = new Identity("my server", pki.leaf.privateKey(), pki.leaf.chain());
        byte[] p12 = MaterialWriter.identities(ExportFormat.PKCS12, List.of(named),
                List.of(new NamedCertificate("extra root", pki.root.certificate())), PASSWORD, protection);

        KeyMaterial read = MaterialReader.read(p12, PASSWORD);

        assertThat(read.format()).isEqualTo(SourceFormat.PKCS12);
        assertThat(read.identities()).hasSize(1);
        Identity identity = read.identities().get(0);
        assertThat(identity.friendlyName()).contains("my server");
        assertThat(identity.certificate()).isEqualTo(pki.leaf.certificate());
        assertThat(identity.privateKey().getEncoded()).isEqualTo(pki.leaf.privateKey().getEncoded());
        assertThat(identity.chain()).containsExactly(pki.leaf.certificate(), pki.intermediate.certificate(),
                pki.root.certificate());
        assertThat(read.certificates()).extracting(NamedCertificate::certificate)
                .containsExactlyInAnyOrder(pki.intermediate.certificate(), pki.root.certificate());
        assertThat(read.summary()).isEqualTo("1 identity, 2 certificates");
    }

    @Test
    void pkcs12WithAWrongOrMissingPasswordIsRefused() {
        byte[] p12 = MaterialWriter.identities(ExportFormat.PKCS12, List.of(pki.leaf), List.of(), PASSWORD,
                Pkcs12Protection.AES_256_SHA256);

        assertThatThrownBy(() -> MaterialReader.read(p12, "wrong".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class).hasMessage("The password does not open the PKCS#12 file.");
        assertThatThrownBy(() -> MaterialReader.read(p12, null)).isInstanceOf(PassphraseRequiredException.class);
    }

    @Test
    void pkcs12WithAnEmptyPasswordOpensWithoutOne() throws Exception {
        byte[] p12 = MaterialWriter.identities(ExportFormat.PKCS12, List.of(pki.leaf), List.of(), new char[0],
                Pkcs12Protection.LEGACY_3DES_SHA1);

        assertThat(MaterialReader.read(p12, null).identities()).hasSize(1);
        assertThat(MaterialReader.read(p12, new char[0]).identities()).hasSize(1);
    }

    @Test
    void pemBundleWithKeyAndChainBecomesAnIdentity() throws Exception {
        byte[] pem = MaterialWriter.identities(ExportFormat.PEM, List.of(pki.leaf), List.of(), null, null);

        KeyMaterial read = MaterialReader.read(pem, null);

        assertThat(read.format()).isEqualTo(SourceFormat.PEM);
        assertThat(read.identities()).singleElement().satisfies(i ->
                assertThat(i.chain()).containsExactly(pki.leaf.certificate(), pki.intermediate.certificate(),
                        pki.root.certificate()));
        assertThat(read.certificates()).hasSize(2);
    }

    @Test
    void encryptedPemKeyNeedsTheRightPassphrase() throws Exception {
        byte[] pem = MaterialWriter.privateKey(ExportFormat.PEM, pki.leaf.privateKey(), PASSWORD);

        assertThat(new String(pem, StandardCharsets.US_ASCII)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        assertThat(MaterialReader.read(pem, PASSWORD).privateKeys()).singleElement()
                .satisfies(k -> assertThat(k.key().getEncoded()).isEqualTo(pki.leaf.privateKey().getEncoded()));
        assertThatThrownBy(() -> MaterialReader.read(pem, "nope".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> MaterialReader.read(pem, null)).isInstanceOf(PassphraseRequiredException.class);
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void derPkcs8KeyReadsBack(boolean encrypted) throws Exception {
        byte[] der = MaterialWriter.privateKey(ExportFormat.PKCS8, pki.root.privateKey(), encrypted ? PASSWORD : null);

        KeyMaterial read = MaterialReader.read(der, encrypted ? PASSWORD : null);

        assertThat(read.format()).isEqualTo(encrypted ? SourceFormat.DER_ENCRYPTED_PRIVATE_KEY : SourceFormat.DER_PRIVATE_KEY);
        assertThat(read.privateKeys().get(0).key().getEncoded()).isEqualTo(pki.root.privateKey().getEncoded());
    }

    @Test
    void derCertificateAndPkcs7BundleAreDetectedFromContent() throws Exception {
        List<NamedCertificate> chain = pki.leaf.chain().stream().map(NamedCertificate::unnamed).toList();
        byte[] der = MaterialWriter.certificates(ExportFormat.DER, chain.subList(0, 1), null);
        byte[] p7 = MaterialWriter.certificates(ExportFormat.PKCS7, chain, null);
        byte[] p7pem = PemWriter.encode(PemWriter.PKCS7, p7).getBytes(StandardCharsets.US_ASCII);

        assertThat(MaterialReader.read(der, null).format()).isEqualTo(SourceFormat.DER_CERTIFICATE);
        KeyMaterial bundle = MaterialReader.read(p7, null);
        assertThat(bundle.format()).isEqualTo(SourceFormat.PKCS7);
        assertThat(bundle.certificates()).extracting(NamedCertificate::certificate)
                .containsExactlyInAnyOrderElementsOf(pki.leaf.chain());
        assertThat(MaterialReader.read(p7pem, null).certificates()).hasSize(3);
    }

    @Test
    void pemWithTextAroundTheBlocksStillReads() throws Exception {
        String block = PemWriter.encode(PemWriter.CERTIFICATE, pki.leaf.certificate().getEncoded());
        String pem = "Subject: leaf\nsome notes\n" + block + "trailing words\n";
        String startsWithZero = "0 = the leaf\n" + block;

        assertThat(MaterialReader.read(pem.getBytes(StandardCharsets.UTF_8), null).certificates()).hasSize(1);
        assertThat(MaterialReader.read(startsWithZero.getBytes(StandardCharsets.UTF_8), null).format())
                .isEqualTo(SourceFormat.PEM);
    }

    @ParameterizedTest
    @EnumSource(value = SourceFormat.class, names = {"JKS", "JCEKS", "PKCS12"})
    void javaKeyStoresReadWithAndWithoutPassword(SourceFormat format) throws Exception {
        KeyStore store = KeyStore.getInstance(format.name());
        store.load(null, null);
        char[] password = "store-pass".toCharArray();
        store.setKeyEntry("server", pki.leaf.privateKey(), password, pki.leaf.chain().toArray(new Certificate[0]));
        store.setCertificateEntry("root", pki.root.certificate());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, password);
        byte[] data = out.toByteArray();

        KeyMaterial read = MaterialReader.read(data, password);
        assertThat(read.format()).isEqualTo(format);
        assertThat(read.identities()).singleElement().satisfies(i -> {
            assertThat(i.friendlyName()).contains("server");
            assertThat(i.chain()).hasSize(3);
        });
        assertThat(read.certificates()).extracting(NamedCertificate::certificate)
                .containsExactlyInAnyOrder(pki.intermediate.certificate(), pki.root.certificate());
        assertThatThrownBy(() -> MaterialReader.read(data, "wrong".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> MaterialReader.read(data, null)).isInstanceOf(PassphraseRequiredException.class);
    }

    @Test
    void emptyGarbageAndTruncatedDataAreDecodeErrors() throws Exception {
        byte[] garbage = new byte[512];
        new Random(4).nextBytes(garbage);
        garbage[0] = 0x17;
        byte[] cert = pki.leaf.certificate().getEncoded();

        assertThatThrownBy(() -> MaterialReader.read(new byte[0], null)).isInstanceOf(DecodeException.class)
                .hasMessage("The file is empty.");
        assertThatThrownBy(() -> MaterialReader.read(garbage, null)).isInstanceOf(DecodeException.class);
        assertThatThrownBy(() -> MaterialReader.read("just some text\n".getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOf(DecodeException.class);
        for (int length : new int[] {1, 2, 10, cert.length / 2, cert.length - 1}) {
            assertThatThrownBy(() -> MaterialReader.read(Arrays.copyOf(cert, length), null))
                    .as("certificate cut to %d bytes", length).isInstanceOf(DecodeException.class);
        }
        String damaged = PemWriter.encode(PemWriter.CERTIFICATE, cert).replace("-----END CERTIFICATE-----", "");
        assertThatThrownBy(() -> MaterialReader.read(damaged.getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOf(DecodeException.class);
    }

    @Test
    void aBundleWithOneBadBlockIsRejectedWhole() throws Exception {
        String good = PemWriter.encode(PemWriter.CERTIFICATE, pki.leaf.certificate().getEncoded());
        String bad = PemWriter.encode(PemWriter.CERTIFICATE, new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});

        assertThatThrownBy(() -> MaterialReader.read((good + bad).getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOf(DecodeException.class);
    }

    @Test
    void requestsAndUnknownAlgorithmsAreUnsupported() throws Exception {
        CertificationRequest csr = CertificationRequest.create(KeyAlgorithm.EC_P256.generate(),
                new X500Principal("CN=req"), List.of());
        byte[] encrypted = PrivateKeyWriter.encryptedPkcs8(pki.leaf.privateKey(), PASSWORD);
        // Point the PBES2 OID (1.2.840.113549.1.5.13) at an unassigned arc.
        byte[] unknownScheme = encrypted.clone();
        byte[] pbes2 = {0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x05, 0x0d};
        int at = indexOf(unknownScheme, pbes2);
        unknownScheme[at + pbes2.length - 1] = 0x7f;

        assertThatThrownBy(() -> MaterialReader.read(csr.encoded(), null)).isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("certificate signing request");
        assertThatThrownBy(() -> MaterialReader.read(csr.pem().getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOf(UnsupportedFormatException.class);
        assertThatThrownBy(() -> MaterialReader.read(unknownScheme, PASSWORD))
                .isInstanceOf(UnsupportedFormatException.class).hasMessageContaining("unknown scheme");
    }

    private static int indexOf(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i <= data.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("needle not found");
    }
}
