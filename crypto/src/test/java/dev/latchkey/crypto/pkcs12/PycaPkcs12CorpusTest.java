package dev.latchkey.crypto.pkcs12;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.Corpus;
import dev.latchkey.crypto.PassphraseRequiredException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.material.KeyMaterial;
import dev.latchkey.crypto.material.NamedCertificate;
import dev.latchkey.crypto.reader.MaterialReader;
import dev.latchkey.crypto.x509.CertificateDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** pyca/cryptography's PKCS#12 vectors and NIST PKITS's PKCS#12 files, with the passwords SOURCE.md gives. */
class PycaPkcs12CorpusTest {
    private static Path dir() {
        return Corpus.require("pyca-pkcs12/pkcs12");
    }

    /**
     * file, password ("-" for none), identity name ("" none, "-" no identity), cert names in
     * order cryptography.io|letsencryptx3 ("" unnamed, "-" absent); one-cert files list ca.pem.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "cert-key-aes256cbc.p12;cryptography;;-",
        "cert-none-key-none.p12;cryptography;;-",
        "cert-rc2-key-3des.p12;cryptography;;-",
        "no-password.p12;-;cryptography CA;-",
        "name-all-pwd.p12;password;name;name2|name3",
        "name-1-pwd.p12;password;name;|",
        "name-2-pwd.p12;password;;name2|",
        "name-3-pwd.p12;password;;|name3",
        "name-2-3-pwd.p12;password;;name2|name3",
        "name-unicode-pwd.p12;password;☺;ä|ç",
        "no-name-pwd.p12;password;;|",
        "name-all-no-pwd.p12;-;name;name2|name3",
        "name-1-no-pwd.p12;-;name;|",
        "name-2-no-pwd.p12;-;;name2|",
        "name-3-no-pwd.p12;-;;|name3",
        "name-2-3-no-pwd.p12;-;;name2|name3",
        "name-unicode-no-pwd.p12;-;☺;ä|ç",
        "no-name-no-pwd.p12;-;;|",
        "no-cert-name-all-pwd.p12;password;-;name2|name3",
        "no-cert-name-2-pwd.p12;password;-;name2|",
        "no-cert-name-3-pwd.p12;password;-;|name3",
        "no-cert-name-unicode-pwd.p12;password;-;☹|ï",
        "no-cert-no-name-pwd.p12;password;-;|",
        "no-cert-name-all-no-pwd.p12;-;-;name2|name3",
        "no-cert-name-2-no-pwd.p12;-;-;name2|",
        "no-cert-name-3-no-pwd.p12;-;-;|name3",
        "no-cert-name-unicode-no-pwd.p12;-;-;☹|ï",
        "no-cert-no-name-no-pwd.p12;-;-;|",
    })
    void importsWithTheDocumentedContents(String file, String password, String identityName, String certNames)
            throws Exception {
        byte[] data = Files.readAllBytes(dir().resolve(file));
        char[] pw = password.equals("-") ? null : password.toCharArray();
        String idName = identityName == null ? "" : identityName;

        KeyMaterial material = MaterialReader.read(data, pw);

        if (idName.equals("-")) {
            assertThat(material.identities()).isEmpty();
        } else {
            assertThat(material.identities()).singleElement().satisfies(identity -> {
                assertThat(identity.certificate()).isEqualTo(reference("ca.pem"));
                assertThat(identity.name()).isEqualTo(idName.isEmpty() ? null : idName);
            });
        }
        if (certNames.equals("-")) {
            assertThat(material.certificates()).isEmpty();
        } else {
            String[] names = certNames.split("\\|", -1);
            assertThat(nameOf(material, reference("cryptography.io.pem"))).isEqualTo(names[0]);
            assertThat(nameOf(material, reference("letsencryptx3.pem"))).isEqualTo(names[1]);
            assertThat(material.certificates()).hasSize(2);
        }
        if (pw != null) {
            assertThatThrownBy(() -> MaterialReader.read(data, "wrong".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class);
            assertThatThrownBy(() -> MaterialReader.read(data, null)).isInstanceOf(PassphraseRequiredException.class);
        }
    }

    @Test
    void certificateOnlyAndKeyOnlyFiles() throws Exception {
        KeyMaterial certOnly = MaterialReader.read(Files.readAllBytes(dir().resolve("cert-aes256cbc-no-key.p12")),
                "cryptography".toCharArray());
        KeyMaterial keyOnly = MaterialReader.read(Files.readAllBytes(dir().resolve("no-cert-key-aes256cbc.p12")),
                "cryptography".toCharArray());

        assertThat(certOnly.certificates()).extracting(NamedCertificate::certificate).containsExactly(reference("ca.pem"));
        assertThat(certOnly.identities()).isEmpty();
        assertThat(keyOnly.privateKeys()).hasSize(1);
        assertThat(keyOnly.identities()).isEmpty();
    }

    @Test
    void everyPkitsFileOpensWithItsCertificateAndKey() throws Exception {
        Path p12s = Corpus.require("pyca-pkcs12/PKITS_data/pkcs12");
        Path certs = Corpus.require("pyca-x509/x509/PKITS_data/certs");
        List<Path> files;
        try (Stream<Path> list = Files.list(p12s)) {
            files = list.filter(p -> p.toString().endsWith(".p12")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String base = file.getFileName().toString().replace(".p12", "");
            try {
                KeyMaterial material = MaterialReader.read(Files.readAllBytes(file), "password".toCharArray());
                X509Certificate expected = CertificateDecoder.certificate(Files.readAllBytes(certs.resolve(base + ".crt")));
                if (material.identities().size() != 1 || !material.identities().get(0).certificate().equals(expected)) {
                    failures.add(base + ": " + material.summary());
                }
            } catch (Exception e) {
                failures.add(base + ": " + e);
            }
        }
        assertThat(files).hasSize(405);
        assertThat(failures).isEmpty();
    }

    private static X509Certificate reference(String name) throws Exception {
        return CertificateDecoder.certificate(dev.latchkey.crypto.pem.PemReader.readAll(
                Files.readAllBytes(Corpus.require("pyca-pkcs12/referenced-certs").resolve(name))).get(0).der());
    }

    private static String nameOf(KeyMaterial material, X509Certificate certificate) throws IOException {
        return material.certificates().stream().filter(c -> c.certificate().equals(certificate))
                .map(c -> c.name() == null ? "" : c.name()).findFirst()
                .orElseThrow(() -> new AssertionError("missing " + certificate.getSubjectX500Principal()
                        + " in " + Arrays.toString(material.certificates().toArray())));
    }
}
