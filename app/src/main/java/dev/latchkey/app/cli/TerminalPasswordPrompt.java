package dev.latchkey.app.cli;

import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.Console;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Prompts on the controlling terminal with echo off: {@link System#console()} when both
 * streams are a terminal, else {@code /dev/tty} directly (so {@code latchkey find-… -w | xclip}
 * still asks), as {@code security(1)} does.
 */
public final class TerminalPasswordPrompt implements PasswordPrompt {
    private static final File TTY = new File("/dev/tty");

    @Override
    public char[] ask(String prompt) throws LatchkeyException {
        Console console = System.console();
        if (console != null) {
            char[] p = console.readPassword("%s", prompt);
            if (p == null) {
                throw new LatchkeyException(Status.USER_CANCELED, "no password entered");
            }
            return p;
        }
        if (TTY.canRead() && TTY.canWrite()) {
            return askOnTty(prompt);
        }
        throw noTerminal();
    }

    private static LatchkeyException noTerminal() {
        return new LatchkeyException(Status.PARAM, "no terminal to ask for the password; give it with --password-file FILE");
    }

    private static char[] askOnTty(String prompt) throws LatchkeyException {
        FileOutputStream out;
        try {
            out = new FileOutputStream(TTY);
        } catch (java.io.FileNotFoundException e) {
            // /dev/tty exists, but this process has no controlling terminal (cron, CI, a service).
            throw noTerminal();
        }
        try (out; FileInputStream in = new FileInputStream(TTY)) {
            out.write(prompt.getBytes(Charset.defaultCharset()));
            out.flush();
            stty("-echo");
            try {
                return readLine(new InputStreamReader(in, Charset.defaultCharset()));
            } finally {
                stty("echo");
                out.write('\n');
            }
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read the password from the terminal", e);
        }
    }

    private static void stty(String mode) throws IOException {
        try {
            new ProcessBuilder("stty", mode).redirectInput(TTY).start().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Reads up to a newline into a char array, wiping every intermediate buffer. */
    static char[] readLine(Reader reader) throws IOException {
        char[] buf = new char[64];
        int n = 0;
        for (int c; (c = reader.read()) != -1 && c != '\n';) {
            if (n == buf.length) {
                char[] bigger = Arrays.copyOf(buf, buf.length * 2);
                Wipe.chars(buf);
                buf = bigger;
            }
            buf[n++] = (char) c;
        }
        if (n > 0 && buf[n - 1] == '\r') {
            n--;
        }
        char[] out = Arrays.copyOf(buf, n);
        Wipe.chars(buf);
        return out;
    }
}
