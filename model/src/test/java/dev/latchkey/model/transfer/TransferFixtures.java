package dev.latchkey.model.transfer;

import dev.latchkey.crypto.kdf.KdfPolicy;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.ItemAttributes;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Fixtures;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.keychain.NewItem;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.otp.OtpUri;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Keychains for the transfer tests: real H2 files in a temp folder, the floor KDF. */
public final class TransferFixtures {
    public static final String SEED_URI = "otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example";

    private TransferFixtures() {
    }

    public static Keychain keychain(Path home, String name) throws LatchkeyException {
        KeychainService service = Fixtures.service(home, Fixtures.clock());
        service.create(name, Fixtures.PASSWORD);
        return service.unlock(service.resolve(name), Fixtures.PASSWORD);
    }

    public static Secret text(String s) {
        return Secret.copyOf(s.getBytes(StandardCharsets.UTF_8));
    }

    /** An Internet password with a code, a hidden field and an attachment; a note; an application password. */
    public static void addSamples(Keychain k) throws LatchkeyException {
        var code = OtpUri.parse(SEED_URI);
        SecretParts fields = new SecretParts(List.of(new SecretParts.Part("PIN", true, text("1234")),
                new SecretParts.Part("Customer no.", false, text("C-77"))));
        SecretParts files = new SecretParts(List.of(new SecretParts.Part("notes.txt", false, text("Content\n"))));
        ItemAttributes web = ItemAttributes.builder().set(Attribute.LABEL, "Example, Inc.").set(Attribute.SERVER, "example.com")
                .set(Attribute.PROTOCOL, "https").set(Attribute.ACCOUNT, "alice")
                .set(Attribute.URLS, List.of("https://example.com/login")).set(Attribute.COMMENT, "line one\nline two")
                .set(Attribute.FOLDER, "Internet/Shops").set(Attribute.TAGS, List.of("work", "ü"))
                .set(Attribute.OTP, OtpUri.formatParameters(code.parameters()))
                .set(Attribute.CREATED, Instant.parse("2020-01-02T03:04:05Z"))
                .set(Attribute.MODIFIED, Instant.parse("2021-02-03T04:05:06Z")).build();
        ItemAttributes note = ItemAttributes.builder().set(Attribute.LABEL, "Recovery codes").build();
        ItemAttributes app = Fixtures.generic("Mail app", "bob@example.org");
        k.addAll(List.of(
                new NewItem(ItemClass.INTERNET_PASSWORD, web, text("s3cr\"et, with comma"), code.seed(),
                        Map.of(SecretKind.FIELDS, fields.encode(), SecretKind.ATTACHMENTS, files.encode())),
                new NewItem(ItemClass.SECURE_NOTE, note, text("one\ntwo, \"three\"\nÄÖÜ 秘密")),
                new NewItem(ItemClass.GENERIC_PASSWORD, app, text("pässwörd"))));
        code.close();
    }

    public static dev.latchkey.crypto.kdf.KdfParameters kdf() {
        return KdfPolicy.FLOOR;
    }
}
