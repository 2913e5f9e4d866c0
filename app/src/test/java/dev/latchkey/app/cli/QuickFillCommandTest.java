package dev.latchkey.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.instance.Claim;
import dev.latchkey.app.instance.InstanceServer;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.app.instance.WindowRequest;
import dev.latchkey.model.settings.LatchkeyHome;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code latchkey quick-fill} in-process against a real channel bound in the test; no keychain exists. */
class QuickFillCommandTest {
    @TempDir
    Path home;

    @Test
    void asksTheRunningWindowToOpenQuickFill() {
        List<WindowRequest> handled = new CopyOnWriteArrayList<>();
        InstanceServer window = ((Claim.Serving) InstanceServer.claim(SocketPath.in(new LatchkeyHome(home)))).server();
        window.handleWith(handled::add);
        try {
            CliRun.Result r = new CliRun(home).noTerminal().run("quick-fill");

            assertThat(r.code()).isZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEmpty();
            assertThat(handled).containsExactly(WindowRequest.QUICK_FILL);
        } finally {
            window.close();
        }
    }

    @Test
    void withNoStartAndNoWindowItSaysSoInOneLine() {
        CliRun.Result r = new CliRun(home).noTerminal().run("quick-fill", "--no-start");

        assertThat(r.code()).isEqualTo(ExitCodes.OTHER);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("latchkey: SERVICE_NOT_AVAILABLE: "
                + "Latchkey is not running (without --no-start, quick-fill starts it)" + System.lineSeparator());
    }

    @Test
    void helpSaysItIsForAShortcutAndNeedsNoKeychain() {
        CliRun.Result r = new CliRun(home).run("quick-fill", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("keyboard shortcut", "Needs no keychain and no password", "--no-start");
    }
}
