package dev.latchkey.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpQrCodes;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(ClosesKeychains.class)
class AddCodeViewModelTest {
    static final String GITHUB_URI = "otpauth://totp/GitHub:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=GitHub&digits=8&algorithm=SHA256";

    @TempDir
    Path home;
    @TempDir
    Path files;
    private TestKeychains t;
    private Keychain login;
    private UUID github;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
    }

    private AddCodeViewModel dialog(Item attachTo, boolean attachNow) {
        return new AddCodeViewModel(login, attachTo, attachNow, t.time, t.runner, t.errors, t.messages);
    }

    private List<Item> codeItems() throws LatchkeyException {
        return login.items().stream().filter(i -> i.itemClass() == ItemClass.VERIFICATION_CODE).toList();
    }

    @Test
    void aPastedUriIsStoredAsAVerificationCode() throws LatchkeyException {
        AddCodeViewModel vm = dialog(null, false);
        assertThat(vm.canAddBinding().get()).isFalse();
        vm.textProperty().set(GITHUB_URI);
        vm.labelProperty().set("GitHub (work)");
        assertThat(vm.canAddBinding().get()).isTrue();
        vm.add();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.addedProperty().get()).hasSize(1);
        Item stored = login.get(vm.addedProperty().get().get(0)).orElseThrow();
        assertThat(stored.displayName()).isEqualTo("GitHub (work)");
        OtpParameters p = VerificationCodes.parameters(stored).orElseThrow();
        assertThat(p.type()).isEqualTo(OtpType.TOTP);
        assertThat(p.digits()).isEqualTo(8);
        assertThat(p.issuer()).isEqualTo("GitHub");
        assertThat(vm.textProperty().get()).as("the pasted seed is not kept").isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "otpauth://totp/GitHub:alice?issuer=GitHub",
        "otpauth://totp/GitHub:alice?secret=NOT*BASE32!",
        "otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXP&algorithm=MD5",
        "otpauth://sms/GitHub:alice?secret=JBSWY3DPEHPK3PXP",
        "https://github.com/settings/security",
        "otpauth-migration://offline?data=%%%",
    })
    void badInputIsOneLineInlineAndNothingIsStored(String uri) throws LatchkeyException {
        AddCodeViewModel vm = dialog(null, false);
        vm.textProperty().set(uri);
        vm.add();
        assertThat(vm.errorProperty().get()).isNotBlank().doesNotContain("\n");
        assertThat(vm.addedProperty().get()).isNull();
        assertThat(codeItems()).isEmpty();
        assertThat(t.dialogs.errors).as("no error dialog").isEmpty();
        vm.textProperty().set(GITHUB_URI);
        assertThat(vm.errorProperty().get()).as("typing again clears it").isEmpty();
    }

    @Test
    void aGoogleAuthenticatorExportAddsEveryAccount() throws LatchkeyException {
        AddCodeViewModel vm = dialog(null, false);
        vm.textProperty().set(migrationUri(
                account("12345678901234567890".getBytes(StandardCharsets.US_ASCII), "alice@example.com", "Example", 2),
                account("abcdefghijabcdefghij".getBytes(StandardCharsets.US_ASCII), "bob", "Dropbox", 2)));
        vm.add();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.addedProperty().get()).hasSize(2);
        assertThat(codeItems()).extracting(i -> i.attributes().text(Attribute.ACCOUNT))
                .containsExactlyInAnyOrder("alice@example.com", "bob");
    }

    @Test
    void aQrImageIsReadAndAddedAttachedToAPasswordItem() throws LatchkeyException {
        Path qr = files.resolve("github-qr.png");
        OtpQrCodes.writePng(GITHUB_URI.toCharArray(), 300, qr);
        AddCodeViewModel vm = dialog(login.get(github).orElseThrow(), true);
        assertThat(vm.attachProperty().get()).isTrue();
        assertThat(vm.attachHintBinding().get()).contains("anyone who gets the item has both factors");
        vm.readImageFile(qr);
        assertThat(vm.found()).containsExactly("GitHub: alice  ·  time-based");
        assertThat(vm.foundFromProperty().get()).isEqualTo("Found 1 code in github-qr.png:");
        vm.add();

        assertThat(vm.addedProperty().get()).containsExactly(github);
        Item item = login.get(github).orElseThrow();
        assertThat(item.itemClass()).isEqualTo(ItemClass.INTERNET_PASSWORD);
        assertThat(item.attributes().has(Attribute.OTP)).isTrue();
        assertThat(codeItems()).as("attached, not on its own").isEmpty();
        assertThat(TestKeychains.secretOf(login, github)).as("the password stays").isEqualTo("gh-secret");
    }

    @Test
    void aQrCodeThatIsNotAnOtpSetupOrNoQrAtAllIsRefused() throws Exception {
        Path website = files.resolve("website.png");
        OtpQrCodes.writePng("https://example.com/hello".toCharArray(), 300, website);
        Path text = files.resolve("not-an-image.png");
        Files.writeString(text, "hello");
        for (Path p : List.of(website, text)) {
            AddCodeViewModel vm = dialog(null, false);
            vm.readImageFile(p);
            assertThat(vm.errorProperty().get()).as(p.toString()).isNotBlank().doesNotContain("\n");
            assertThat(vm.found()).isEmpty();
            assertThat(vm.canAddBinding().get()).isFalse();
        }
        assertThat(codeItems()).isEmpty();
    }

    @Test
    void theSameCodeTwiceIsADuplicate() throws LatchkeyException {
        AddCodeViewModel first = dialog(null, false);
        first.textProperty().set(GITHUB_URI);
        first.add();
        AddCodeViewModel second = dialog(null, false);
        second.textProperty().set(GITHUB_URI);
        second.add();
        assertThat(second.errorProperty().get()).isEqualTo("A code for this issuer and account is already in the keychain.");
        assertThat(codeItems()).hasSize(1);
    }

    // ---- a Google Authenticator export, written by hand (protobuf wire format) --------------

    private static byte[] account(byte[] secret, String name, String issuer, int digitsEnum) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        bytesField(b, 1, secret);
        bytesField(b, 2, name.getBytes(StandardCharsets.UTF_8));
        bytesField(b, 3, issuer.getBytes(StandardCharsets.UTF_8));
        varintField(b, 4, 1); // SHA1
        varintField(b, 5, digitsEnum == 2 ? 1 : digitsEnum); // SIX
        varintField(b, 6, 2); // TOTP
        return b.toByteArray();
    }

    private static String migrationUri(byte[]... accounts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] a : accounts) {
            bytesField(b, 1, a);
        }
        varintField(b, 2, 1); // version
        varintField(b, 3, 1); // batch size
        varintField(b, 4, 0); // batch index
        return "otpauth-migration://offline?data="
                + URLEncoder.encode(Base64.getEncoder().encodeToString(b.toByteArray()), StandardCharsets.UTF_8);
    }

    private static void bytesField(ByteArrayOutputStream b, int field, byte[] value) {
        varint(b, field << 3 | 2);
        varint(b, value.length);
        b.writeBytes(value);
    }

    private static void varintField(ByteArrayOutputStream b, int field, long value) {
        varint(b, field << 3);
        varint(b, value);
    }

    private static void varint(ByteArrayOutputStream b, long value) {
        while ((value & ~0x7FL) != 0) {
            b.write((int) (value & 0x7F) | 0x80);
            value >>>= 7;
        }
        b.write((int) value);
    }
}
