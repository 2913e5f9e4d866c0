package dev.latchkey.app;

import dev.latchkey.app.cli.Cli;
import dev.latchkey.app.cli.TerminalPasswordPrompt;
import dev.latchkey.app.shell.GuiLauncher;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.app.instance.WindowRequest;
import dev.latchkey.app.service.CommandClient;
import dev.latchkey.app.service.CommandRouting;
import dev.latchkey.app.service.KeychainDaemon;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.settings.LatchkeyHome;
import dev.latchkey.model.store.KeychainOwner;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The one entry point of the jar: no arguments opens the window, anything else is the
 * {@code latchkey} command line. Not a JavaFX {@code Application}, so the CLI (and
 * {@code --version}/{@code --help}) never needs a display. A command goes to the running
 * Latchkey service when there is one (decision 0010), else runs in this process.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        if (args.length == 0) {
            code = window(WindowRequest.SHOW);
        } else if (args.length == 1 && args[0].equals("quick-fill")) {
            // Without picocli, and when no window runs, this process becomes the window: one start, not two.
            code = window(WindowRequest.QUICK_FILL);
        } else {
            code = command(args);
        }
        System.exit(code);
    }

    private static int window(WindowRequest request) {
        try {
            return GuiLauncher.launch(request, System.out, System.err);
        } catch (LatchkeyException e) {
            return Cli.report(e, System.err);
        }
    }

    private static int command(String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered before picocli builds its command tree: a third of this call's start-up.
            for (String line : Version.lines()) {
                System.out.println(line);
            }
            return 0;
        }
        if (CommandRouting.runsHere(args)) {
            return Cli.run(args, Main::daemon);
        }
        CommandClient client = new CommandClient(SocketPath.in(LatchkeyHome.fromEnvironment()), System.in,
                new FileOutputStream(FileDescriptor.out), System.err, new TerminalPasswordPrompt());
        return client.run(List.of(args), Path.of("").toAbsolutePath(), System.getenv("LATCHKEY_DEBUG") != null)
                .orElseGet(() -> {
                    KeychainOwner.describeThisProcessAs("the latchkey command line");
                    return Cli.run(args, Main::daemon);
                });
    }

    private static int daemon() {
        return KeychainDaemon.run(System.out, System.err);
    }
}
