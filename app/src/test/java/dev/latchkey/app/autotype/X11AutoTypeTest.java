package dev.latchkey.app.autotype;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.PrivateXDisplay;
import dev.latchkey.app.testing.TypingTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Auto-type for real: a private Xvfb display, a login form in another process as the target
 * window, xdotool typing into it, and the form reporting what arrived. With openbox on the
 * PATH a window manager runs too, so the whole path is used: the active-window tracker
 * notices the target, and the typist types into it.
 */
class X11AutoTypeTest {
    private static PrivateXDisplay x;
    private static Path xdotool;
    private static Path xprop;

    @BeforeAll
    static void startDisplay() throws Exception {
        x = PrivateXDisplay.start("xdotool", "xprop");
        xdotool = PrivateXDisplay.onPath("xdotool").orElseThrow();
        xprop = PrivateXDisplay.onPath("xprop").orElseThrow();
    }

    @AfterAll
    static void stopDisplay() {
        if (x != null) {
            x.close();
        }
    }

    @AfterEach
    void stopTargets() throws InterruptedException {
        x.stopStarted();
    }

    static long windowOf(Xdotool xdotool, String title) throws Exception {
        Xdotool.Result r = xdotool.run(List.of("search", "--sync", "--name", title), null);
        assertThat(r.exitCode()).as("xdotool search: " + r.error()).isZero();
        return Long.parseLong(r.output().strip().lines().findFirst().orElseThrow());
    }

    private static Typist.Values values(String account, String password) {
        return field -> switch (field) {
            case USERNAME -> account.toCharArray();
            case PASSWORD -> password.toCharArray();
            case TOTP -> "123456".toCharArray();
        };
    }

    @Test
    void typesAccountTabPasswordEnterIntoTheWindowTheUserCameFrom() throws Exception {
        BlockingQueue<String> out = x.startTypingTarget();
        PrivateXDisplay.await(out, "READY");
        Xdotool tool = new Xdotool(xdotool, x.environment());
        long window = windowOf(tool, TypingTarget.TITLE);
        Typist typist;
        if (x.hasWindowManager()) {
            // The whole path: the tracker sees the target become active, the typist finds it there.
            typist = AutoTypeSupport.detect(Map.of("DISPLAY", x.name(), "PATH", System.getenv("PATH")), "Linux",
                    ProcessHandle.current().pid());
            tool.focus(window);
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (typist.unavailable().isPresent() && System.nanoTime() < end) {
                Thread.sleep(100);
            }
            assertThat(typist.unavailable()).as("the tracker saw the target window").isEmpty();
            typist.type(AutoTypeSequence.DEFAULT, values("alice@example.com", "p4ss w0rd!{}é"));
        } else {
            ActiveWindowTracker noTracker = new ActiveWindowTracker(xprop, x.environment(), w -> false);
            new X11Typist(tool, noTracker, Optional.empty())
                    .typeInto(window, AutoTypeSequence.DEFAULT, values("alice@example.com", "p4ss w0rd!{}é"));
        }
        assertThat(PrivateXDisplay.await(out, "TYPED")).isEqualTo("TYPED alice@example.com|p4ss w0rd!{}é");
    }

    @Test
    void aCustomSequenceWithTheCodeAndADelay() throws Exception {
        BlockingQueue<String> out = x.startTypingTarget();
        PrivateXDisplay.await(out, "READY");
        Xdotool tool = new Xdotool(xdotool, x.environment());
        long window = windowOf(tool, TypingTarget.TITLE);
        ActiveWindowTracker noTracker = new ActiveWindowTracker(xprop, x.environment(), w -> false);
        new X11Typist(tool, noTracker, Optional.empty())
                .typeInto(window, AutoTypeSequence.parse("{USERNAME}{TAB}{PASSWORD}-{TOTP}{DELAY 100}{ENTER}"),
                        values("bob", "secret"));
        assertThat(PrivateXDisplay.await(out, "TYPED")).isEqualTo("TYPED bob|secret-123456");
    }
}
