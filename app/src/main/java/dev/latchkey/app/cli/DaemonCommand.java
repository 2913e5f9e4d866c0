package dev.latchkey.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code latchkey daemon}: the keychain service without a window. */
@Command(name = "daemon", description = {
    "Run the Latchkey service without a window: it holds the keychains, answers `latchkey` commands "
        + "(unlocked keychains without the password) and serves the Secret Service (org.freedesktop.secrets) "
        + "to other applications, until stopped (SIGTERM) or until the Latchkey window starts and takes over.",
    "Meant for a systemd user unit or D-Bus activation; see the README."})
final class DaemonCommand implements Callable<Integer> {
    @picocli.CommandLine.ParentCommand LatchkeyCommand root;

    @Override
    public Integer call() {
        return root.context.runService();
    }
}
