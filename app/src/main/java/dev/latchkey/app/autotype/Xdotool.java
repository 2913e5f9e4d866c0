package dev.latchkey.app.autotype;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * xdotool, run as a child process with an argument list (never through a shell). Text to
 * type goes to {@code xdotool type --file -} on standard input, so a password never shows in
 * a command line or the process list. Blocking: call off the UI thread.
 */
public final class Xdotool {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Milliseconds between typed characters: fast, yet slow enough for web pages. */
    private static final String TYPE_DELAY = "12";
    /** The same for characters xdotool must map onto a keycode first. */
    private static final String REMAPPED_DELAY = "60";

    private final Path executable;
    private final Map<String, String> environment;

    /** @param environment variables for the child, e.g. DISPLAY; the rest is inherited */
    public Xdotool(Path executable, Map<String, String> environment) {
        this.executable = executable;
        this.environment = Map.copyOf(environment);
    }

    /**
     * Gives the window the keyboard: through the window manager when there is one (which also
     * raises it), else by setting the X input focus directly.
     */
    public void focus(long window) throws AutoTypeException {
        String id = Long.toString(window);
        if (run(List.of("windowactivate", "--sync", id), null).exitCode() != 0) {
            require(run(List.of("windowfocus", "--sync", id), null), "cannot give the keyboard to the target window");
        }
    }

    /**
     * Types the text into the focused window; the caller still owns (and wipes) it. Characters
     * outside printable ASCII are typed on their own, more slowly: xdotool maps each onto a
     * spare keycode and maps it back right after, and a busy target that reads the key after
     * that sees nothing (an "é" went missing so under load).
     */
    public void type(char[] text) throws AutoTypeException {
        int start = 0;
        while (start < text.length) {
            boolean ascii = plainAscii(text[start]);
            int end = start;
            while (end < text.length && plainAscii(text[end]) == ascii) {
                end++;
            }
            typeRun(text, start, end, ascii ? TYPE_DELAY : REMAPPED_DELAY);
            start = end;
        }
    }

    private static boolean plainAscii(char c) {
        return c >= 0x20 && c < 0x7f;
    }

    private void typeRun(char[] text, int from, int to, String delay) throws AutoTypeException {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(text, from, to - from));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            require(run(List.of("type", "--clearmodifiers", "--delay", delay, "--file", "-"), bytes),
                    "typing failed");
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    /** Presses and releases one key, by X keysym name (Tab, Return…). */
    public void key(String keysym) throws AutoTypeException {
        require(run(List.of("key", "--clearmodifiers", keysym), null), "cannot press " + keysym);
    }

    /** The window that has the keyboard focus (the X input focus; works without a window manager). */
    public OptionalLong focusedWindow() throws AutoTypeException {
        return number(run(List.of("getwindowfocus", "-f"), null));
    }

    /** The process that made the window, if the window says (_NET_WM_PID). */
    public OptionalLong windowPid(long window) throws AutoTypeException {
        return number(run(List.of("getwindowpid", Long.toString(window)), null));
    }

    /** Whether the window still exists. */
    public boolean exists(long window) throws AutoTypeException {
        return run(List.of("getwindowname", Long.toString(window)), null).exitCode() == 0;
    }

    private static OptionalLong number(Result r) {
        if (r.exitCode() != 0) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(r.output().strip()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static void require(Result r, String what) throws AutoTypeException {
        if (r.exitCode() != 0) {
            String detail = r.error().strip().lines().findFirst().orElse("");
            throw new AutoTypeException("Auto-type: " + what + (detail.isEmpty() ? "." : " (xdotool: " + detail + ")."));
        }
    }

    /** What a run printed; xdotool's own messages never contain the typed text. */
    record Result(int exitCode, String output, String error) {
    }

    Result run(List<String> arguments, byte[] input) throws AutoTypeException {
        List<String> command = new ArrayList<>(arguments.size() + 1);
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process p;
        try {
            p = builder.start();
        } catch (IOException e) {
            throw new AutoTypeException("Auto-type: cannot run " + executable + ".", e);
        }
        try {
            try (OutputStream in = p.getOutputStream()) {
                if (input != null) {
                    in.write(input);
                }
            }
            // Both outputs are a line or two: read them after the exit without risk of blocking.
            if (!p.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AutoTypeException("Auto-type: xdotool did not finish within "
                        + TIMEOUT.toSeconds() + " seconds.");
            }
            return new Result(p.exitValue(), read(p.getInputStream()), read(p.getErrorStream()));
        } catch (IOException e) {
            p.destroyForcibly();
            throw new AutoTypeException("Auto-type: xdotool stopped unexpectedly.", e);
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AutoTypeException("Auto-type was interrupted.", e);
        }
    }

    private static String read(InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }
}
