package dev.latchkey.model.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.otp.OtpGenerator;
import dev.latchkey.model.otp.OtpUri;
import dev.latchkey.model.transfer.entries.DuplicatePolicy;
import dev.latchkey.model.transfer.entries.GroupMapping;
import dev.latchkey.model.transfer.entries.ImportOptions;
import dev.latchkey.model.transfer.entries.ImportResult;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.PasswordImport;
import dev.latchkey.model.transfer.export.KdbxExporter;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Latchkey and keepassxc-cli, the real peer, reading each other's KeePass databases. */
class KeePassXcInteropTest {
    private static final String DB_PASSWORD = "db pässword";

    @TempDir Path temp;

    @BeforeAll
    static void needsThePeer() {
        KeePassCli.require();
    }

    @Test
    void aDatabaseMadeByKeePassXcCliImportsWithEveryField() throws Exception {
        Path db = temp.resolve("made.kdbx");
        KeePassCli.run(DB_PASSWORD + "\n" + DB_PASSWORD + "\n", "db-create", "-p", db.toString());
        KeePassCli.run(DB_PASSWORD + "\n", "mkdir", db.toString(), "Internet");
        KeePassCli.run(DB_PASSWORD + "\nfirst-pw\n", "add", "-u", "alice", "--url", "https://example.com/login", "--notes",
                "line one\nline two", "-p", db.toString(), "Internet/Example, Inc.");
        Path file = temp.resolve("att.txt");
        Files.writeString(file, "Content\n");
        KeePassCli.run(DB_PASSWORD + "\n", "attachment-import", db.toString(), "Internet/Example, Inc.", "notes.txt", file.toString());
        KeePassCli.run(DB_PASSWORD + "\nsecond-pw 秘密\n", "edit", "-p", db.toString(), "Internet/Example, Inc.");
        KeePassCli.run(DB_PASSWORD + "\nmail-pw\n", "add", "-u", "bob", "-p", db.toString(), "Mail app");
        // keepassxc-cli cannot set a code itself; its own export and import carry one in.
        String xml = KeePassCli.run(DB_PASSWORD + "\n", "export", "-f", "xml", db.toString());
        int entry = xml.lastIndexOf("<Entry>", xml.indexOf("Example, Inc."));
        int at = xml.indexOf("<String>", entry);
        xml = xml.substring(0, at) + "<String><Key>otp</Key><Value>" + TransferFixtures.SEED_URI.replace("&", "&amp;")
                + "</Value></String>" + xml.substring(at);
        Path xmlFile = temp.resolve("with-code.xml");
        Files.writeString(xmlFile, xml);
        Path withCode = temp.resolve("with-code.kdbx");
        KeePassCli.run(DB_PASSWORD + "\n" + DB_PASSWORD + "\n", "import", "-p", xmlFile.toString(), withCode.toString());

        try (Keychain k = TransferFixtures.keychain(temp.resolve("home"), "login");
                ImportSource source = new ImportSource(withCode, DB_PASSWORD.toCharArray(), null)) {
            ImportResult result;
            try (PasswordImport plan = PasswordImport.plan(k,
                    PasswordReaders.of(ImportFormat.detect(withCode)).read(source, Progress.NONE),
                    new ImportOptions(GroupMapping.FOLDER, true))) {
                assertThat(plan.preview()).hasSize(2);
                result = plan.apply(DuplicatePolicy.SKIP, Progress.NONE);
            }
            assertThat(result.added()).hasSize(2);
            Item web = k.items().stream().filter(i -> i.itemClass() == ItemClass.INTERNET_PASSWORD).findFirst().orElseThrow();
            assertThat(web.attributes().text(Attribute.LABEL)).isEqualTo("Example, Inc.");
            assertThat(web.attributes().text(Attribute.SERVER)).isEqualTo("example.com");
            assertThat(web.attributes().text(Attribute.ACCOUNT)).isEqualTo("alice");
            assertThat(web.attributes().list(Attribute.URLS)).containsExactly("https://example.com/login");
            assertThat(web.attributes().text(Attribute.COMMENT)).isEqualTo("line one\nline two");
            assertThat(web.attributes().text(Attribute.FOLDER)).isEqualTo("Internet");
            try (Secret pw = k.readSecret(web.id())) {
                assertThat(new String(pw.bytes(), StandardCharsets.UTF_8)).isEqualTo("second-pw 秘密");
            }
            try (Secret files = k.readSecret(web.id(), SecretKind.ATTACHMENTS); SecretParts parts = SecretParts.decode(files)) {
                assertThat(parts.parts()).extracting(SecretParts.Part::name).containsExactly("notes.txt");
                assertThat(new String(parts.parts().get(0).value().bytes(), StandardCharsets.UTF_8)).isEqualTo("Content\n");
            }
            try (Secret fields = k.readSecret(web.id(), SecretKind.FIELDS); SecretParts parts = SecretParts.decode(fields)) {
                SecretParts.Part old = parts.parts().stream().filter(p -> p.name().startsWith("Password ("))
                        .findFirst().orElseThrow();
                assertThat(old.hidden()).isTrue();
                assertThat(new String(old.value().bytes(), StandardCharsets.UTF_8)).isEqualTo("first-pw");
            }
            // The code Latchkey generates is the one keepassxc-cli shows for the same entry.
            var p = OtpUri.parseParameters(web.attributes().text(Attribute.OTP));
            for (int attempt = 0; attempt < 2; attempt++) {
                String theirs = KeePassCli.run(DB_PASSWORD + "\n", "show", "-q", "-t", withCode.toString(), "Internet/Example, Inc.").strip();
                try (Secret seed = k.readSecret(web.id(), SecretKind.OTP_SEED)) {
                    if (OtpGenerator.code(p, seed, Instant.now()).code().equals(theirs)) {
                        return;
                    }
                }
            }
            throw new AssertionError("the code differs from keepassxc-cli's");
        }
    }

    @Test
    void aDatabaseWrittenByLatchkeyIsReadBackByKeePassXcCliFieldForField() throws Exception {
        Path db = temp.resolve("latchkey.kdbx");
        try (Keychain k = TransferFixtures.keychain(temp.resolve("home"), "Personal")) {
            TransferFixtures.addSamples(k);
            try (OutputStream out = Files.newOutputStream(db)) {
                assertThat(KdbxExporter.export(k, DB_PASSWORD.toCharArray(), TransferFixtures.kdf(), out)).isEqualTo(3);
            }
        }
        assertThat(KeePassCli.run(DB_PASSWORD + "\n", "db-info", db.toString())).contains("KDF: Argon2id");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                KeePassCli.run(DB_PASSWORD + "\n", "export", "-f", "xml", db.toString()).getBytes(StandardCharsets.UTF_8)));
        Map<String, Map<String, String>> entries = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        Map<String, String> tags = new HashMap<>();
        NodeList all = doc.getElementsByTagName("Entry");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            Map<String, String> strings = new HashMap<>();
            for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element s && s.getTagName().equals("String")) {
                    strings.put(child(s, "Key"), child(s, "Value"));
                }
            }
            entries.put(strings.get("Title"), strings);
            groups.put(strings.get("Title"), path((Element) e.getParentNode()));
            tags.put(strings.get("Title"), child(e, "Tags"));
        }
        assertThat(entries).containsOnlyKeys("Example, Inc.", "Recovery codes", "Mail app");
        Map<String, String> web = entries.get("Example, Inc.");
        assertThat(web).containsEntry("UserName", "alice").containsEntry("Password", "s3cr\"et, with comma")
                .containsEntry("URL", "https://example.com/login").containsEntry("Notes", "line one\nline two")
                .containsEntry("PIN", "1234").containsEntry("Customer no.", "C-77");
        assertThat(OtpUri.parse(web.get("otp")).parameters()).isEqualTo(OtpUri.parse(TransferFixtures.SEED_URI).parameters());
        assertThat(groups.get("Example, Inc.")).isEqualTo("Personal/Internet/Shops");
        assertThat(tags.get("Example, Inc.")).isIn("work;ü", "work,ü");
        assertThat(entries.get("Recovery codes")).containsEntry("Notes", "one\ntwo, \"three\"\nÄÖÜ 秘密");
        assertThat(entries.get("Mail app")).containsEntry("UserName", "bob@example.org").containsEntry("Password", "pässwörd");
        assertThat(KeePassCli.run(DB_PASSWORD + "\n", "attachment-export", "-q", "--stdout", db.toString(),
                "Internet/Shops/Example, Inc.", "notes.txt")).isEqualTo("Content\n");
        assertThat(KeePassCli.run(DB_PASSWORD + "\n", "show", "-q", "-a", "Title", db.toString(), "Internet/Shops/Example, Inc."))
                .isEqualTo("Example, Inc.\n");
    }

    private static String child(Element e, String tag) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c && c.getTagName().equals(tag)) {
                return c.getTextContent();
            }
        }
        return null;
    }

    private static String path(Element group) {
        List<String> names = new ArrayList<>();
        for (Node n = group; n instanceof Element g && g.getTagName().equals("Group"); n = n.getParentNode()) {
            names.add(0, child(g, "Name"));
        }
        return String.join("/", names);
    }
}
