package dev.latchkey.app.cli;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.KeychainService;
import dev.latchkey.model.settings.LatchkeyHome;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/** Runs the CLI in-process on a temp data folder (floor KDF), capturing its streams. */
final class CliRun {
    record Result(int code, String out, String err) {
    }

    private final Path home;
    private final Deque<String> typed = new ArrayDeque<>();
    private boolean terminal = true;

    CliRun(Path home) {
        this.home = home;
    }

    /** Answers the next password prompts with these, in order. */
    CliRun typing(String... answers) {
        for (String a : answers) {
            typed.add(a);
        }
        return this;
    }

    /** Simulates running without a terminal: prompts fail as they would. */
    CliRun noTerminal() {
        terminal = false;
        return this;
    }

    Result run(String... args) {
        return runWithInput("", args);
    }

    Result runWithInput(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PasswordPrompt prompt = p -> {
            if (!terminal || typed.isEmpty()) {
                throw new LatchkeyException(Status.PARAM,
                        "no terminal to ask for the password; give it with --password-file FILE");
            }
            return typed.poll().toCharArray();
        };
        CliContext context = new CliContext(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                () -> new KeychainService(new LatchkeyHome(home), Duration.ZERO, Clock.systemUTC()), prompt);
        int code = new Cli(context).execute(args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
