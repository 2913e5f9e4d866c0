package dev.latchkey.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.items.Category;
import dev.latchkey.app.items.ItemTableViewModel;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.MemoryClipboard;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class CodesViewModelTest {
    /** RFC 4226's test secret, "12345678901234567890". */
    static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    private ItemTableViewModel table;
    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final ScriptedAuthenticator auth = new ScriptedAuthenticator();
    private CodesViewModel vm;
    private int addCalls;
    private UUID totp;
    private UUID hotp;
    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        VerificationCodes codes = new VerificationCodes(login, t.time);
        try (Secret seed = Secret.copyOf(RFC_SEED)) {
            totp = codes.addStandalone(OtpParameters.builder(OtpType.TOTP).issuer("GitHub").account("alice").build(),
                    seed, "GitHub");
        }
        try (Secret seed = Secret.copyOf(RFC_SEED)) {
            hotp = codes.addStandalone(OtpParameters.builder(OtpType.HOTP).issuer("VPN").account("a.m").build(),
                    seed, "VPN");
        }
        TestKeychains.addGeneric(login, "Mail", "alice", "mail-secret");
        table = new ItemTableViewModel(t.runner, t.errors, new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC));
        ClipboardGuard guard = new ClipboardGuard(clipboard, t.time, t.time, () -> Duration.ofSeconds(30));
        CodeCopier copier = new CodeCopier(t.runner, auth, guard, t.time, t.errors, t.messages);
        vm = new CodesViewModel(table, new LiveCodes(t.runner, t.time), copier, auth, t.time, t.messages,
                () -> addCalls++);
        table.show(login);
    }

    private LiveCode code(String name) {
        return vm.codes().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private String current(UUID id) throws LatchkeyException {
        return new VerificationCodes(login, t.time).peek(id).code();
    }

    @Test
    void listsLiveCodesOnlyWhileTheCategoryIsShown() throws LatchkeyException {
        assertThat(vm.codes()).as("not the shown category").isEmpty();
        table.categoryProperty().set(Category.VERIFICATION_CODES);
        assertThat(vm.activeBinding().get()).isTrue();
        assertThat(vm.codes()).extracting(LiveCode::name).containsExactlyInAnyOrder("GitHub", "VPN");

        LiveCode github = code("GitHub");
        assertThat(github.stateProperty().get()).isEqualTo(LiveCode.State.SHOWN);
        assertThat(github.codeProperty().get().replace(" ", "")).isEqualTo(current(totp));
        // 09:30:00 is the start of a 30-second period.
        assertThat(github.secondsLeftProperty().get()).isEqualTo(30);
        t.time.advance(Duration.ofSeconds(10));
        assertThat(github.secondsLeftProperty().get()).isEqualTo(20);
        assertThat(github.fractionLeftProperty().get()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(0.01));

        String before = github.codeProperty().get();
        t.time.advance(Duration.ofSeconds(21));
        assertThat(github.codeProperty().get().replace(" ", "")).isEqualTo(current(totp));
        assertThat(github.codeProperty().get()).as("a new period, a new code").isNotEqualTo(before);
        assertThat(github.secondsLeftProperty().get()).isEqualTo(29);

        LiveCode vpn = code("VPN");
        assertThat(vpn.stateProperty().get()).as("HOTP codes are shown once used").isEqualTo(LiveCode.State.COUNTER);
        assertThat(vpn.codeProperty().get()).doesNotContainPattern("\\d");

        table.categoryProperty().set(Category.ALL_ITEMS);
        assertThat(vm.codes()).isEmpty();
    }

    @Test
    void clickCopiesTheCodeAndTheClipboardIsClearedAfterTheDelay() throws LatchkeyException {
        table.categoryProperty().set(Category.VERIFICATION_CODES);
        vm.copy(code("GitHub"));
        assertThat(clipboard.current()).isEqualTo(current(totp));
        assertThat(vm.copiedProperty().get()).isSameAs(code("GitHub"));
        t.time.advance(Duration.ofSeconds(3));
        assertThat(vm.copiedProperty().get()).as("the Copied mark goes").isNull();
        t.time.advance(Duration.ofSeconds(28));
        assertThat(clipboard.current()).as("cleared after the clipboard delay").isNull();
    }

    @Test
    void nextCodeUsesUpCounterBasedCodesInTheModel() throws LatchkeyException {
        table.categoryProperty().set(Category.VERIFICATION_CODES);
        LiveCode vpn = code("VPN");
        vm.copy(vpn);
        // RFC 4226 appendix D: counter 0 gives 755224, counter 1 gives 287082.
        assertThat(clipboard.current()).isEqualTo("755224");
        assertThat(vpn.codeProperty().get()).isEqualTo("755 224");
        assertThat(vpn.stateProperty().get()).isEqualTo(LiveCode.State.SHOWN);
        vm.copy(code("VPN"));
        assertThat(clipboard.current()).isEqualTo("287082");
        assertThat(VerificationCodes.parameters(login.get(hotp).orElseThrow()).orElseThrow().counter())
                .as("the stored counter moved on").isEqualTo(2);
        assertThat(vm.codes()).as("the row stays as the item changes").hasSize(2);
    }

    @Test
    void aProtectedCodeAsksForThePasswordBeforeItIsShownOrCopied() throws LatchkeyException {
        login.update(totp, login.get(totp).orElseThrow().attributes().toBuilder()
                .set(Attribute.REQUIRE_PASSWORD, true).build(), null);
        t.time.advance(Duration.ofMinutes(5));
        table.categoryProperty().set(Category.VERIFICATION_CODES);
        LiveCode github = code("GitHub");
        assertThat(github.stateProperty().get()).isEqualTo(LiveCode.State.PROTECTED);

        auth.types(null);
        vm.copy(github);
        assertThat(clipboard.current()).as("cancelled").isNull();
        assertThat(auth.reasons).containsExactly("use the one-time code of “GitHub”");

        auth.types(TestKeychains.PASSWORD);
        vm.copy(github);
        assertThat(clipboard.current()).isEqualTo(current(totp));
        assertThat(github.stateProperty().get()).isEqualTo(LiveCode.State.SHOWN);
    }

    @Test
    void addCodeAndSelectPassThrough() {
        table.categoryProperty().set(Category.VERIFICATION_CODES);
        vm.addCode();
        assertThat(addCalls).isEqualTo(1);
        vm.select(code("VPN"));
        assertThat(table.focusedProperty().get().id()).isEqualTo(hotp);
        assertThat(vm.focused()).isSameAs(code("VPN"));
    }
}
