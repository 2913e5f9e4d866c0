package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.Main;
import dev.latchkey.app.testing.PrivateXDisplay;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.testing.TypingTarget;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole of Quick Fill from another application, as a user on an X11 desktop does it:
 * Latchkey runs in its own process on a private Xvfb display with openbox, a login form in a
 * third process has the focus, and xdotool presses the keys. Ctrl+Shift+Space brings up
 * Quick Fill over the form, a search finds the credential, and Ctrl+Shift+V at once types account,
 * Tab, password, Enter into the form, which prints what arrived. Ctrl+Enter instead copies
 * account, then password, each as soon as the one before has been pasted (xclip reads it as
 * an application pasting does).
 */
class QuickFillFromAnyApplicationTest {
    @TempDir
    static Path home;
    private static PrivateXDisplay x;
    private static BlockingQueue<String> latchkey;
    private BlockingQueue<String> form;

    /** Latchkey on a keychain with two logins, started and unlocked once for both tests. */
    @BeforeAll
    static void startLatchkey() throws Exception {
        x = PrivateXDisplay.start("xdotool", "xprop", "openbox", "xclip");
        try (KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC())) {
            Keychain login = service.unlock(service.create("login", TestKeychains.password()), TestKeychains.password());
            TestKeychains.addInternet(login, "GitHub", "github.com", "alice@example.com", "gh s3cret!");
            TestKeychains.addInternet(login, "GitLab", "gitlab.com", "bob@example.com", "gl s3cret!");
        }
        latchkey = x.startJava(Main.class.getName(),
                Map.of("LATCHKEY_HOME", home.toString(), "LATCHKEY_KDF_TARGET_MS", "0"), "-Dprism.order=sw");
        String unlock = window("Unlock");
        awaitFocus(unlock);
        x.run("xdotool", "type", "--delay", "20", TestKeychains.PASSWORD);
        x.run("xdotool", "key", "Return");
        x.awaitNoWindow("Unlock");
    }

    @AfterAll
    static void stopDisplay() {
        if (x != null) {
            x.close();
        }
    }

    @AfterEach
    void closeForm() throws Exception {
        x.stop(form);
        x.awaitNoWindow(TypingTarget.TITLE);
    }

    private static String window(String title) throws Exception {
        return x.run("xdotool", "search", "--sync", "--name", title).strip().lines().findFirst().orElseThrow();
    }

    private static String focusedWindow() throws Exception {
        return x.run("xdotool", "getwindowfocus").strip();
    }

    private static void awaitFocus(String window) throws Exception {
        for (int i = 0; i < 100 && !focusedWindow().equals(window); i++) {
            Thread.sleep(100);
        }
        assertThat(focusedWindow()).as("window " + window + " has the keyboard").isEqualTo(window);
    }

    /** Puts the login form in front and opens Quick Fill over it with Ctrl+Shift+Space. */
    private void quickFillOverTheForm() throws Exception {
        form = x.startTypingTarget();
        PrivateXDisplay.await(form, "READY");
        String target = window(TypingTarget.TITLE);
        x.run("xdotool", "windowactivate", "--sync", target);
        awaitFocus(target);

        x.run("xdotool", "key", "--clearmodifiers", "ctrl+shift+space");
        awaitFocus(window("^Quick Fill$"));
    }

    @Test
    void ctrlShiftSpaceOverAnotherAppFindsTheCredentialAndAutoTypesIntoThatApp() throws Exception {
        quickFillOverTheForm();
        // GitHub comes first in the list; the keys right after the search must act on GitLab.
        x.run("xdotool", "type", "--delay", "20", "gitlab");
        x.run("xdotool", "key", "--clearmodifiers", "ctrl+shift+v");

        String typed;
        try {
            typed = PrivateXDisplay.await(form, "TYPED");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\nLatchkey printed:\n" + String.join("\n", latchkey), e);
        }
        assertThat(typed).isEqualTo("TYPED bob@example.com|gl s3cret!");
    }

    @Test
    void theCopySequenceMovesOnEachTimeAnotherApplicationPastes() throws Exception {
        quickFillOverTheForm();
        x.run("xdotool", "type", "--delay", "20", "gitlab");
        x.run("xdotool", "key", "--clearmodifiers", "ctrl+Return");

        assertThat(pasteOnceChanged(null)).isEqualTo("bob@example.com");
        // Reading again before the password is there is harmless: the sequence waits for one paste.
        assertThat(pasteOnceChanged("bob@example.com")).isEqualTo("gl s3cret!");
        PrivateXDisplay.Result hint = x.exec(null, "xclip", "-o", "-selection", "clipboard", "-t",
                "x-kde-passwordManagerHint");
        assertThat(hint.output()).as("clipboard managers are asked not to keep it").isEqualTo("secret");
        x.run("xdotool", "key", "Escape");
        x.awaitNoWindow("^Quick Fill$");
    }

    /** Pastes (reads the clipboard as an application does) until it holds something other than {@code before}. */
    private String pasteOnceChanged(String before) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String last = null;
        while (System.nanoTime() < end) {
            PrivateXDisplay.Result r = x.exec(null, "xclip", "-o", "-selection", "clipboard", "-t", "UTF8_STRING");
            last = r.exitCode() == 0 ? r.output() : null;
            if (last != null && !last.equals(before)) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the clipboard still holds " + last);
    }
}
