package dev.latchkey.model.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.pem.PemWriter;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.certificates.CertificateAttributes;
import dev.latchkey.model.certificates.StoredCertificate;
import dev.latchkey.model.item.ItemClass;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SystemRootsTest {
    @TempDir
    Path dir;

    @Test
    void thePlatformRootsLoadOnceWithoutAPasswordAndListLikeAKeychain() throws Exception {
        SystemRoots roots = SystemRoots.platform();

        assertThat(SystemRoots.platform()).isSameAs(roots);
        assertThat(roots.name()).isEqualTo("System Roots");
        assertThat(roots.readOnly()).isTrue();
        assertThat(roots.origin()).isEqualTo(Files.isReadable(SystemRoots.LINUX_BUNDLE)
                ? SystemRoots.LINUX_BUNDLE.toString() : "the Java runtime's trust store");
        assertThat(roots.certificates()).hasSizeGreaterThan(50);
        StoredCertificate first = roots.certificates().get(0);
        assertThat(first.item().itemClass()).isEqualTo(ItemClass.CERTIFICATE);
        assertThat(first.item().id()).isEqualTo(UUID.nameUUIDFromBytes(CertificateAttributes.sha256(first.certificate())));
        assertThat(roots.get(first.item().id())).contains(first);
        assertThat(roots.items()).hasSameSizeAs(roots.certificates());
        String word = first.label().split("\\s+")[0];
        assertThat(roots.search(word.toUpperCase(java.util.Locale.ROOT))).contains(first);
        assertThat(roots.search("no such root anywhere")).isEmpty();
    }

    @Test
    void theJdkTrustStoreServesWhereThereIsNoBundle() throws Exception {
        assertThat(SystemRoots.fromJdk().certificates()).hasSizeGreaterThan(50);
    }

    @Test
    void anUnreadableEntryInABundleCostsOnlyItself() throws Exception {
        Path bundle = dir.resolve("roots.pem");
        Files.writeString(bundle, PemWriter.encode(PemWriter.CERTIFICATE, TestPki.get().root.certificate().getEncoded())
                + PemWriter.encode(PemWriter.CERTIFICATE, new byte[] {0x30, 0x03, 0x02, 0x01, 0x05})
                + PemWriter.encode(PemWriter.CERTIFICATE, TestPki.get().intermediate.certificate().getEncoded()));

        SystemRoots roots = SystemRoots.fromBundle(bundle);

        assertThat(roots.certificates()).extracting(StoredCertificate::label)
                .containsExactly("Latchkey Test Intermediate", "Latchkey Test Root");
        assertThat(roots.unreadable()).isEqualTo(1);
    }
}
