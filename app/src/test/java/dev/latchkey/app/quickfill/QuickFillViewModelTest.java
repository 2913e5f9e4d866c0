package dev.latchkey.app.quickfill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.autotype.AutoTyping;
import dev.latchkey.app.autotype.Typist;
import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.codes.CodeCopier;
import dev.latchkey.app.hotkey.GlobalShortcut;
import dev.latchkey.app.hotkey.KeyChord;
import dev.latchkey.app.hotkey.ShortcutSwitch;
import dev.latchkey.app.items.ItemTexts;
import dev.latchkey.app.testing.ClosesKeychains;
import dev.latchkey.app.testing.MemoryClipboard;
import dev.latchkey.app.testing.PressableShortcut;
import dev.latchkey.app.testing.RecordingTypist;
import dev.latchkey.app.testing.ScriptedAuthenticator;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.toolkit.TaskExecutor;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.SecretReader;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.autofill.CredentialMatcher;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(ClosesKeychains.class)
class QuickFillViewModelTest {
    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    private UUID github;
    private final MemoryClipboard clipboard = new MemoryClipboard();
    private final ScriptedAuthenticator auth = new ScriptedAuthenticator();
    private final RecordingTypist typist = new RecordingTypist();
    private final PressableShortcut shortcut = new PressableShortcut();
    private final ObjectProperty<GlobalShortcut> shortcutNow = new SimpleObjectProperty<>(shortcut);
    private QuickFillViewModel vm;

    @BeforeEach
    void setUp() throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
        TestKeychains.addInternet(login, "GitLab", "gitlab.com", "alice.m", "gl-secret");
        TestKeychains.addInternet(login, "Gist mirror", "gist.github.com", "al", "gist-secret");
        TestKeychains.addGeneric(login, "Mail", "alice", "mail-secret");
        try (Secret seed = Secret.copyOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII))) {
            new VerificationCodes(login, t.time).attach(github,
                    OtpParameters.builder(OtpType.TOTP).issuer("GitHub").account("alice").build(), seed);
        }
        vm = model(clipboard, t.runner);
    }

    /** Quick Fill over the test keychain, with {@code systemClipboard} and slow work run by {@code runner}. */
    private QuickFillViewModel model(MemoryClipboard systemClipboard, TaskRunner runner) {
        ClipboardGuard guard = new ClipboardGuard(systemClipboard, t.time, t.time, () -> Duration.ofSeconds(30));
        systemClipboard.onRead(guard::readHeard);
        SecretReader secrets = new SecretReader(runner, auth, t.errors);
        CodeCopier codes = new CodeCopier(runner, auth, guard, t.time, t.errors, t.messages);
        return new QuickFillViewModel(() -> List.of(login), new CredentialMatcher(), secrets, codes, guard,
                new AutoTyping(typist, secrets, codes, runner, t.messages), shortcutNow,
                new ItemTexts(t.messages, Locale.ENGLISH, ZoneOffset.UTC), runner, t.messages);
    }

    private String code() throws LatchkeyException {
        return new VerificationCodes(login, t.time).peek(github).code();
    }

    @Test
    void searchesNamesAndMatchesAddresses() {
        assertThat(vm.results()).extracting(QuickFillResult::name).as("everything, by name")
                .containsExactly("Gist mirror", "GitHub", "GitLab", "Mail");
        vm.queryProperty().set("gitl");
        assertThat(vm.results()).extracting(QuickFillResult::name).containsExactly("GitLab");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("GitLab");
        assertThat(vm.modeProperty().get()).isEmpty();

        vm.queryProperty().set("https://github.com/login");
        assertThat(vm.modeProperty().get()).isEqualTo("Matching the address");
        assertThat(vm.results()).extracting(QuickFillResult::name).as("origin before other hosts, never gitlab")
                .startsWith("GitHub").doesNotContain("GitLab");

        vm.queryProperty().set("zzz");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Nothing matches “zzz”.");
    }

    @Test
    void enterCopiesThePasswordCtrlBTheAccountCtrlTTheCodeEachClearedAfterTheDelay() throws LatchkeyException {
        vm.queryProperty().set("github.com");
        vm.copyPassword();
        assertThat(clipboard.current()).isEqualTo("gh-secret");
        assertThat(vm.closeRequestedProperty().get()).isTrue();
        t.time.advance(Duration.ofSeconds(31));
        assertThat(clipboard.current()).isNull();

        vm.reopened();
        vm.queryProperty().set("https://github.com");
        vm.copyAccount();
        assertThat(clipboard.current()).isEqualTo("alice");
        t.time.advance(Duration.ofSeconds(31));
        assertThat(clipboard.current()).isNull();

        vm.copyCode();
        assertThat(clipboard.current()).isEqualTo(code());
        t.time.advance(Duration.ofSeconds(31));
        assertThat(clipboard.current()).isNull();

        vm.queryProperty().set("Mail");
        vm.copyCode();
        assertThat(vm.statusProperty().get()).isEqualTo("“Mail” has no one-time code.");
    }

    @Test
    void whereTheClipboardHearsPastesEachPasteMovesTheSequenceOn() throws LatchkeyException {
        MemoryClipboard hearing = new MemoryClipboard().detectingReads();
        QuickFillViewModel pasting = model(hearing, t.runner);
        assertThat(pasting.sequenceHint()).contains("as soon as the one before has been pasted");
        assertThat(vm.sequenceHint()).as("the toolkit's clipboard").contains("cannot tell when you paste");

        pasting.queryProperty().set("https://github.com");
        pasting.startSequence();
        assertThat(pasting.statusProperty().get()).isEqualTo("Step 1 of 3: the account name of “GitHub” copied. "
                + "Paste it: the password is copied as soon as it has been pasted (or press any key here).");
        assertThat(hearing.paste()).isEqualTo("alice");
        t.time.advance(Duration.ofSeconds(1));
        assertThat(pasting.statusProperty().get()).startsWith("Step 2 of 3").contains("one-time code");
        assertThat(hearing.paste()).isEqualTo("gh-secret");
        t.time.advance(Duration.ofSeconds(1));
        assertThat(hearing.current()).isEqualTo(code());
        assertThat(pasting.statusProperty().get()).startsWith("Done");
        hearing.paste();
        t.time.advance(Duration.ofSeconds(1));
        assertThat(hearing.current()).as("nothing after the last part").isEqualTo(code());

        pasting.startSequence();
        pasting.keyPressed();
        assertThat(hearing.current()).as("a key press still works too").isEqualTo("gh-secret");
        pasting.stopSequence();

        pasting.startSequence();
        pasting.stopSequence();
        hearing.paste();
        t.time.advance(Duration.ofSeconds(1));
        assertThat(hearing.current()).as("Escape ended it: a paste moves nothing on").isEqualTo("alice");
    }

    @Test
    void theSequenceCopiesAccountThenPasswordThenCodeOneKeyPressEach() throws LatchkeyException {
        vm.queryProperty().set("https://github.com");
        vm.startSequence();
        assertThat(vm.sequenceRunningProperty().get()).isTrue();
        assertThat(clipboard.current()).isEqualTo("alice");
        assertThat(vm.statusProperty().get()).startsWith("Step 1 of 3").contains("password");
        vm.keyPressed();
        assertThat(clipboard.current()).isEqualTo("gh-secret");
        assertThat(vm.statusProperty().get()).startsWith("Step 2 of 3").contains("one-time code");
        vm.keyPressed();
        assertThat(clipboard.current()).isEqualTo(code());
        assertThat(vm.statusProperty().get()).startsWith("Done");
        assertThat(vm.sequenceRunningProperty().get()).isFalse();
        vm.keyPressed();
        assertThat(clipboard.current()).as("nothing more").isEqualTo(code());

        vm.queryProperty().set("Mail");
        vm.startSequence();
        vm.keyPressed();
        assertThat(clipboard.current()).isEqualTo("mail-secret");
        assertThat(vm.statusProperty().get()).as("no code: two steps").startsWith("Done");
    }

    @Test
    void autoTypeTypesTheItemsSequenceOrSaysWhyNot() throws LatchkeyException {
        vm.queryProperty().set("https://github.com");
        vm.autoType();
        assertThat(typist.typed).containsExactly("alice<Tab>gh-secret<Return>");
        assertThat(vm.closeRequestedProperty().get()).isTrue();
        assertThat(vm.statusProperty().get()).isEqualTo("Typed into the window you were in before Latchkey.");

        login.update(github, login.get(github).orElseThrow().attributes().toBuilder()
                .set(Attribute.AUTO_TYPE, "{USERNAME}{TAB}{PASSWORD}{TAB}{TOTP}{ENTER}").build(), null);
        vm.reopened();
        vm.autoType();
        assertThat(typist.typed).last().isEqualTo("alice<Tab>gh-secret<Tab>" + code() + "<Return>");

        typist.unavailable(Typist.Unavailable.NO_XDOTOOL);
        vm.autoType();
        assertThat(vm.statusProperty().get()).isEqualTo(
                "Auto-type is off: install xdotool (the Debian and Ubuntu package “xdotool”) to use it.");
        assertThat(vm.autoTypeHint()).startsWith("Auto-type is off: install xdotool");
        assertThat(typist.typed).hasSize(2);
    }

    @Test
    void theFooterSaysWhetherTheShortcutWorksOutsideLatchkeyAndWhatToDoWhenItDoesNot() {
        StringBinding hint = vm.shortcutHintBinding();
        assertThat(hint.get()).isEqualTo("Ctrl+Shift+Space opens Quick Fill from any application.");

        shortcutNow.set(new PressableShortcut().caveat(GlobalShortcut.Unavailable.WAYLAND_X11_APPS_ONLY));
        assertThat(hint.get()).startsWith("Ctrl+Shift+Space opens Quick Fill from any application. In this "
                + "Wayland session it works only while an X11 application has the focus");

        shortcutNow.set(new PressableShortcut().unavailable(GlobalShortcut.Unavailable.TAKEN));
        assertThat(hint.get()).isEqualTo("Ctrl+Shift+Space opens Quick Fill only from Latchkey’s windows: "
                + "another program already uses it. Free it there, or give “latchkey quick-fill” another shortcut in "
                + "your desktop’s keyboard settings.");
        shortcutNow.set(ShortcutSwitch.off(KeyChord.QUICK_FILL));
        assertThat(hint.get()).startsWith("Ctrl+Shift+Space opens Quick Fill only from Latchkey’s windows: "
                + "you turned it off (View ▸ Quick Fill from Any Application).");
        for (GlobalShortcut.Unavailable reason : GlobalShortcut.Unavailable.values()) {
            shortcutNow.set(new PressableShortcut().unavailable(reason));
            assertThat(hint.get()).as(reason.name()).doesNotContain("quickfill.").endsWith(".");
        }
    }

    @Test
    void aKeyPressedBeforeTheSearchHasAnsweredActsOnTheNewResultsNotTheOldOnes() {
        Deque<Runnable> background = new ArrayDeque<>();
        TaskExecutor queued = new TaskExecutor() {
            @Override
            public void background(Runnable work) {
                background.add(work);
            }

            @Override
            public void ui(Runnable work) {
                work.run();
            }
        };
        QuickFillViewModel fast = model(clipboard, new TaskRunner(queued, t.errors::present));
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(fast.selectedProperty().get().name()).isEqualTo("Gist mirror");

        fast.queryProperty().set("gitl");
        fast.copyAccount();
        assertThat(clipboard.current()).as("nothing yet: the search for “gitl” has not answered").isNull();
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertThat(clipboard.current()).as("GitLab's account, not the old selection's").isEqualTo("alice.m");
    }
}
