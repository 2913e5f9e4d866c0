package dev.latchkey.crypto.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.Corpus;
import dev.latchkey.crypto.DecodeException;
import dev.latchkey.crypto.PassphraseRequiredException;
import dev.latchkey.crypto.UnsupportedFormatException;
import dev.latchkey.crypto.WrongPassphraseException;
import dev.latchkey.crypto.material.KeyMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key file of pyca/cryptography's vectors ({@code pyca-x509/asymmetric}) with the
 * passwords its SOURCE.md gives; the deliberately broken ones must fail with the right exception.
 */
class PycaKeyCorpusTest {
    private static final Map<String, String> PASSWORDS = Map.ofEntries(
            Map.entry("PEM_Serialization/rsa_private_key.pem", "123456"),
            Map.entry("PEM_Serialization/dsa_private_key.pem", "123456"),
            Map.entry("PEM_Serialization/ec_private_key_encrypted.pem", "123456"),
            Map.entry("DER_Serialization/ec_private_key_encrypted.der", "123456"),
            Map.entry("PKCS8/ec_private_key_encrypted.pem", "123456"),
            Map.entry("PKCS8/enc-rsa-pkcs8.pem", "foobar"),
            Map.entry("DER_Serialization/enc-rsa-pkcs8.der", "foobar"),
            Map.entry("PKCS8/enc2-rsa-pkcs8.pem", "baz"),
            Map.entry("DER_Serialization/enc2-rsa-pkcs8.der", "baz"),
            Map.entry("Traditional_OpenSSL_Serialization/key1.pem", "123456"),
            Map.entry("Traditional_OpenSSL_Serialization/key2.pem", "a123456"),
            Map.entry("Traditional_OpenSSL_Serialization/testrsa-encrypted.pem", "password"));

    /** Files that must be refused, and how. */
    private static final Map<String, Class<? extends Exception>> REFUSED = Map.of(
            "PKCS8/bad-encryption-oid.pem", UnsupportedFormatException.class,
            "PKCS8/bad-oid-dsa-key.pem", UnsupportedFormatException.class,
            "PKCS8/withdompar_private.pkcs8.pem", UnsupportedFormatException.class,
            "PEM_Serialization/dsaparam.pem", UnsupportedFormatException.class,
            "public/PKCS1/dsa.pub.pem", UnsupportedFormatException.class,
            "DER_Serialization/dsa_public_key_invalid_bit_string.der", DecodeException.class,
            "PEM_Serialization/rsa-bad-1025-q-is-2.pem", DecodeException.class);

    static Stream<String> keyFiles() throws IOException {
        Path root = Corpus.require("pyca-x509/asymmetric");
        try (Stream<Path> files = Files.walk(root)) {
            List<String> names = files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.endsWith(".txt") && !n.endsWith(".sh"))
                    .sorted().toList();
            assertThat(names).hasSizeGreaterThan(100);
            return names.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyFiles")
    void importsOrIsRefusedAsDocumented(String name) throws Exception {
        byte[] data = Files.readAllBytes(Corpus.require("pyca-x509/asymmetric").resolve(name));
        char[] password = password(name);

        if (name.startsWith("OpenSSH/")) {
            assertThatThrownBy(() -> MaterialReader.read(data, password)).isInstanceOf(UnsupportedFormatException.class);
            return;
        }
        if (REFUSED.containsKey(name)) {
            assertThatThrownBy(() -> MaterialReader.read(data, password)).isInstanceOf(REFUSED.get(name));
            return;
        }
        KeyMaterial material = MaterialReader.read(data, password);
        boolean isPublic = name.contains("pub");
        assertThat(material.publicKeys()).hasSize(isPublic ? 1 : 0);
        assertThat(material.privateKeys()).hasSize(isPublic ? 0 : 1);
        if (password != null) {
            assertThatThrownBy(() -> MaterialReader.read(data, "not-the-password".toCharArray()))
                    .isInstanceOf(WrongPassphraseException.class);
            assertThatThrownBy(() -> MaterialReader.read(data, null)).isInstanceOf(PassphraseRequiredException.class);
        }
    }

    private static char[] password(String name) {
        if (PASSWORDS.containsKey(name)) {
            return PASSWORDS.get(name).toCharArray();
        }
        if (name.startsWith("PKCS8/pkcs12_s2k_pem")) {
            return "123456".toCharArray();
        }
        if (name.contains("-pkcs8-enc.")) {
            return "password".toCharArray();
        }
        return null;
    }
}
