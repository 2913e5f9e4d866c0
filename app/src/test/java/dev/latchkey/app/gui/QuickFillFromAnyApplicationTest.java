package dev.latchkey.app.gui;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole of Quick Fill from another application, as a user on an X11 desktop does it:
 * Latchkey runs in its own process on a private Xvfb display with openbox, a login form in a
 * third process has the focus, and xdotool presses the keys. Ctrl+Shift+Space brings up
 * Quick Fill over the form, a search finds the credential, and Ctrl+Shift+V at once types account,
 * Tab, password, Enter into the form, which prints what arrived.
 */
class QuickFillFromAnyApplicationTest {
    @TempDir
    Path home;
    private PrivateXDisplay x;

    @BeforeEach
    void startDisplay() throws Exception {
        x = PrivateXDisplay.start("xdotool", "xprop", "openbox");
    }

    @AfterEach
    void stopDisplay() {
        x.close();
    }

    private String window(String title) throws Exception {
        return x.run("xdotool", "search", "--sync", "--name", title).strip().lines().findFirst().orElseThrow();
    }

    private String focusedWindow() throws Exception {
        return x.run("xdotool", "getwindowfocus").strip();
    }

    private void awaitFocus(String window) throws Exception {
        for (int i = 0; i < 100 && !focusedWindow().equals(window); i++) {
            Thread.sleep(100);
        }
        assertThat(focusedWindow()).as("window " + window + " has the keyboard").isEqualTo(window);
    }

    @Test
    void ctrlShiftSpaceOverAnotherAppFindsTheCredentialAndAutoTypesIntoThatApp() throws Exception {
        try (KeychainService service = new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC())) {
            Keychain login = service.unlock(service.create("login", TestKeychains.password()), TestKeychains.password());
            TestKeychains.addInternet(login, "GitHub", "github.com", "alice@example.com", "gh s3cret!");
            TestKeychains.addInternet(login, "GitLab", "gitlab.com", "bob@example.com", "gl s3cret!");
        }
        BlockingQueue<String> latchkey = x.startJava(Main.class.getName(),
                Map.of("LATCHKEY_HOME", home.toString(), "LATCHKEY_KDF_TARGET_MS", "0"), "-Dprism.order=sw");
        String unlock = window("Unlock");
        awaitFocus(unlock);
        x.run("xdotool", "type", "--delay", "20", TestKeychains.PASSWORD);
        x.run("xdotool", "key", "Return");
        x.awaitNoWindow("Unlock");

        BlockingQueue<String> form = x.startTypingTarget();
        PrivateXDisplay.await(form, "READY");
        String target = window(TypingTarget.TITLE);
        x.run("xdotool", "windowactivate", "--sync", target);
        awaitFocus(target);

        x.run("xdotool", "key", "--clearmodifiers", "ctrl+shift+space");
        String quickFill = window("^Quick Fill$");
        awaitFocus(quickFill);
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
}
