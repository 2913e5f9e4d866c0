package dev.latchkey.model.keychain;

import static dev.latchkey.model.keychain.Fixtures.PASSWORD;
import static dev.latchkey.model.keychain.Fixtures.secret;
import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing a user typed reaches the disk in clear: every file under LATCHKEY_HOME (keychain,
 * H2 side files, settings.json) is scanned for each distinctive value in UTF-8, UTF-16LE and
 * UTF-16BE, while the keychain is open and after it is locked.
 */
class PlaintextOnDiskTest {
    private static final List<Charset> ENCODINGS =
            List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE);

    @TempDir
    Path home;

    private final List<String> values = new ArrayList<>();

    private String v(String value) {
        values.add(value);
        return value;
    }

    @Test
    void noValueAppearsInAnyFileUnderTheHome() throws Exception {
        values.add(new String(PASSWORD));
        try (KeychainService service = Fixtures.service(home, Fixtures.clock())) {
            KeychainRef ref = service.create("login", PASSWORD);
            try (Keychain k = service.unlock(ref, PASSWORD)) {
                UUID generic;
                try (Secret s = secret(v("Secr3t-Pangolin-Pa55!"))) {
                    generic = k.add(ItemClass.GENERIC_PASSWORD, ItemAttributes.builder()
                            .set(Attribute.SERVICE, v("Zanzibar-Service-7731"))
                            .set(Attribute.ACCOUNT, v("quokka.account@example.test"))
                            .set(Attribute.LABEL, v("Label-Marzipan-4471"))
                            .set(Attribute.COMMENT, v("the heron flies at dawn 9090"))
                            .set(Attribute.DESCRIPTION, v("Kind-Wombat-3141"))
                            .set(Attribute.URLS, List.of(v("https://login.quetzal-9012.example/sign-in")))
                            .set(Attribute.TAGS, List.of(v("tag-Octarine-11"), v("tag-Umbral-22")))
                            .build(), s);
                }
                try (Secret s = secret(v("Inet-Secret-Tapir-778"))) {
                    k.add(ItemClass.INTERNET_PASSWORD, ItemAttributes.builder()
                            .set(Attribute.SERVER, v("vault.narwhal-5520.example"))
                            .set(Attribute.ACCOUNT, v("kestrel-user-3310"))
                            .set(Attribute.PROTOCOL, "htps").set(Attribute.PORT, 8443)
                            .set(Attribute.PATH, v("/portal/axolotl-6621"))
                            .set(Attribute.SECURITY_DOMAIN, v("Realm-Gryphon-8080"))
                            .set(Attribute.LABEL, v("Bank-Label-Ocelot-55"))
                            .set(Attribute.COMMENT, v("joint account with Ibis 2718"))
                            .set(Attribute.URLS, List.of(v("https://vault.narwhal-5520.example/portal/axolotl-6621")))
                            .build(), s);
                }
                try (Secret s = secret(v("Meet at the café Ümlaut-Kiwi 4242 by the old mill"))) {
                    k.add(ItemClass.SECURE_NOTE, ItemAttributes.builder()
                            .set(Attribute.LABEL, v("Note-Label-Chinchilla-Ø"))
                            .set(Attribute.TAGS, List.of(v("tag-Sepia-Heliotrope")))
                            .build(), s);
                }
                // Old versions may linger in the file: they must be sealed too.
                try (Secret s = secret(v("Second-Secret-Caracal-161"))) {
                    k.update(generic, k.get(generic).orElseThrow().attributes().toBuilder()
                            .set(Attribute.COMMENT, v("rewritten comment Lemur 1618")).build(), s);
                }
                k.updateSettings(new KeychainSettings(7, false));

                assertNoPlaintext("while the keychain is open");
            }
        }
        assertNoPlaintext("after the keychain is locked");
    }

    @Test
    void theScanFindsAValueWrittenInAnyOfTheEncodings() throws Exception {
        values.add("Control-Value-Ñandú-99");
        for (Charset charset : ENCODINGS) {
            Path control = home.resolve("deep").resolve("control.bin");
            Files.createDirectories(control.getParent());
            Files.write(control, ("noise " + values.get(0) + " noise").getBytes(charset));
            // (UTF-16 text also holds the other byte order one byte along, so both may be reported.)
            assertThat(hits()).as(charset.name()).contains(values.get(0) + " in " + charset.name() + " in deep/control.bin");
        }
    }

    private void assertNoPlaintext(String when) throws IOException {
        List<String> files = files().stream().map(p -> home.relativize(p).toString()).toList();
        assertThat(files).as(when).contains("keychains/login.keychain.mv.db", "settings.json");
        assertThat(hits()).as(when + ", scanning " + files).isEmpty();
    }

    private List<String> hits() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path file : files()) {
            byte[] content = Files.readAllBytes(file);
            for (String value : values) {
                for (Charset charset : ENCODINGS) {
                    if (indexOf(content, value.getBytes(charset)) >= 0) {
                        hits.add(value + " in " + charset.name() + " in " + home.relativize(file));
                    }
                }
            }
        }
        return hits;
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(home)) {
            // Not the keychain's lock file: it holds "Latchkey (pid N)" only, and reading it here
            // would release the lock this process holds while the keychain is open.
            return walk.filter(Files::isRegularFile).filter(p -> !DiskSnapshot.isLockFile(p)).toList();
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
