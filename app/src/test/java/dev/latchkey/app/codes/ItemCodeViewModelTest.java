package dev.latchkey.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.MemoryClipboard;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpCredential;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpQrCodes;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class ItemCodeViewModelTest {
    @TempDir
    Path home;
    @TempDir
    Path files;
    private TestKeychains t;
    private Keychain login;
    private UUID github;
    private UUID mail;
    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final ScriptedAuthenticator auth = new ScriptedAuthenticator();
    private ClipboardGuard guard;
    private CodeCopier copier;
    private final List<char[]> exported = new ArrayList<>();
    private final List<Item> setUps = new ArrayList<>();
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
        mail = TestKeychains.addGeneric(login, "Mail", "alice", "mail-secret");
        try (Secret seed = Secret.copyOf(CodesViewModelTest.RFC_SEED)) {
            new VerificationCodes(login, t.time).attach(github,
                    OtpParameters.builder(OtpType.TOTP).issuer("GitHub").account("alice").build(), seed);
        }
        guard = new ClipboardGuard(clipboard, t.time, t.time, () -> Duration.ofSeconds(30));
        copier = new CodeCopier(t.runner, auth, guard, t.time, t.errors, t.messages);
    }

    private ItemCodeViewModel inspect(UUID id) throws LatchkeyException {
        ItemCodeViewModel vm = new ItemCodeViewModel(login, login.get(id).orElseThrow(),
                new LiveCodes(t.runner, t.time), copier, auth, t.time, t.runner, t.errors, t.messages,
                (item, uri) -> exported.add(uri), setUps::add);
        vm.start();
        return vm;
    }

    @Test
    void showsTheLiveCodeAndCopiesIt() throws LatchkeyException {
        ItemCodeViewModel vm = inspect(github);
        LiveCode code = vm.codeProperty().get();
        String current = new VerificationCodes(login, t.time).peek(github).code();
        assertThat(code.codeProperty().get().replace(" ", "")).isEqualTo(current);
        assertThat(code.secondsLeftProperty().get()).isEqualTo(30);
        vm.copy();
        assertThat(clipboard.current()).isEqualTo(current);
        assertThat(vm.noticeProperty().get()).isEqualTo("Copied.");
        t.time.advance(Duration.ofSeconds(31));
        assertThat(clipboard.current()).isNull();
        assertThat(vm.noticeProperty().get()).isEmpty();
        vm.dispose();
    }

    @Test
    void aPasswordWithoutACodeOffersToSetOneUp() throws LatchkeyException {
        ItemCodeViewModel vm = inspect(mail);
        assertThat(ItemCodeViewModel.applies(login.get(mail).orElseThrow())).isTrue();
        assertThat(vm.codeProperty().get()).isNull();
        assertThat(vm.canSetUp()).isTrue();
        vm.setUpCode();
        assertThat(setUps).extracting(Item::id).containsExactly(mail);

        try (Secret seed = Secret.copyOf(CodesViewModelTest.RFC_SEED)) {
            new VerificationCodes(login, t.time).attach(mail,
                    OtpParameters.builder(OtpType.HOTP).issuer("Mail").account("alice").build(), seed);
        }
        assertThat(vm.codeProperty().get()).as("follows the item").isNotNull();
        assertThat(vm.codeProperty().get().stateProperty().get()).isEqualTo(LiveCode.State.COUNTER);
        vm.dispose();
    }

    @Test
    void exportAsksForTheKeychainPasswordThenGivesTheUriAndItsQrCode() throws Exception {
        t.time.advance(Duration.ofMinutes(10));
        ItemCodeViewModel vm = inspect(github);
        auth.types(null);
        vm.export();
        assertThat(exported).as("cancelled at the prompt").isEmpty();
        assertThat(auth.reasons).containsExactly("export the one-time code of “GitHub” (its secret goes with it)");

        auth.types(TestKeychains.PASSWORD);
        vm.export();
        assertThat(exported).hasSize(1);
        String uri = new String(exported.get(0));
        assertThat(uri).startsWith("otpauth://totp/").contains("secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

        ExportCodeViewModel export = new ExportCodeViewModel("GitHub", exported.get(0), guard, t.runner, t.errors,
                t.messages);
        byte[] png = export.pngProperty().get();
        List<OtpCredential> read = OtpQrCodes.importFrom(ImageIO.read(new ByteArrayInputStream(png)));
        assertThat(read).hasSize(1);
        assertThat(read.get(0).parameters().issuer()).isEqualTo("GitHub");
        OtpCredential.closeAll(read);
        export.copyUri();
        assertThat(clipboard.current()).isEqualTo(uri);
        Path saved = files.resolve("github.png");
        export.saveQr(saved);
        assertThat(export.noticeProperty().get()).isEqualTo("Saved github.png (readable by you only).");
        List<OtpCredential> again = OtpQrCodes.importFrom(saved);
        assertThat(again).hasSize(1);
        OtpCredential.closeAll(again);
        export.dispose();
        assertThat(export.pngProperty().get()).isNull();
        assertThat(exported.get(0)).as("the URI is wiped").containsOnly('\0');
        vm.dispose();
    }
}
