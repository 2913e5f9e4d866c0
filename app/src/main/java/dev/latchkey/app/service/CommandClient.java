package dev.latchkey.app.service;

import dev.latchkey.app.cli.PasswordPrompt;
import dev.latchkey.app.instance.InstanceServer;
import dev.latchkey.app.instance.LineChannel;
import dev.latchkey.app.instance.SocketPath;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;

/**
 * The {@code latchkey} command line's side of a command session: when a Latchkey service runs
 * for the data folder (the window or {@code latchkey daemon}), the command is sent there and
 * runs against the keychains it holds; this process only relays the terminal. Kept light on
 * classes, so the JVM it runs in starts fast.
 */
public final class CommandClient {
    /** How long a service that is still starting is waited for. */
    static final Duration STARTING_WAIT = Duration.ofSeconds(10);
    private static final Duration LINE_WAIT = Duration.ofSeconds(5);
    /** A command may run for long (an import); the service ends the session, not this side. */
    private static final Duration SESSION_WAIT = Duration.ofDays(1);

    private final SocketPath socket;
    private final InputStream in;
    private final OutputStream out;
    private final PrintStream err;
    private final PasswordPrompt prompt;

    public CommandClient(SocketPath socket, InputStream in, OutputStream out, PrintStream err, PasswordPrompt prompt) {
        this.socket = socket;
        this.in = in;
        this.out = out;
        this.err = err;
        this.prompt = prompt;
    }

    /**
     * Runs the command in the service and returns its exit code; empty when no service runs
     * (the caller runs the command itself).
     */
    public OptionalInt run(List<String> arguments, Path workingDirectory, boolean debug) {
        if (socket.unusable().isPresent() || !Files.exists(socket.file(), LinkOption.NOFOLLOW_LINKS)) {
            return OptionalInt.empty();
        }
        long deadline = System.nanoTime() + STARTING_WAIT.toNanos();
        while (true) {
            SocketChannel channel;
            String answer;
            try {
                channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            } catch (IOException e) {
                return OptionalInt.empty();
            }
            try {
                try {
                    channel.connect(socket.address());
                } catch (ConnectException e) {
                    channel.close();
                    return OptionalInt.empty(); // a socket file left by a Latchkey that ended
                }
                LineChannel line = new LineChannel(channel);
                try {
                    line.write(InstanceServer.COMMAND_SESSION);
                } catch (IOException e) {
                    // A refusal comes before the request is read: the answer may be waiting anyway.
                }
                answer = line.read(200, LINE_WAIT);
                if ("ok".equals(answer)) {
                    try (FrameChannel frames = new FrameChannel(channel)) {
                        frames.write(Wire.REQUEST, new CommandRequest(workingDirectory.toString(), arguments, debug)
                                .encode());
                        return OptionalInt.of(relay(frames));
                    }
                }
                channel.close();
            } catch (IOException e) {
                close(channel);
                return OptionalInt.of(unavailable("lost the connection to the Latchkey service (" + e.getMessage()
                        + ")"));
            }
            if ("error starting".equals(answer) && System.nanoTime() < deadline) {
                pause();
                continue;
            }
            return OptionalInt.of(unavailable(answer == null ? "the Latchkey service closed the connection"
                    : answer.startsWith("error ") ? "the Latchkey service refused the command: " + answer.substring(6)
                    : "the Latchkey service answered something this version does not know"));
        }
    }

    /** Relays output, prompts and input until the service sends the exit code. */
    private int relay(FrameChannel frames) throws IOException {
        while (true) {
            FrameChannel.Frame frame = frames.read(SESSION_WAIT, Wire.MAX_CHUNK);
            byte[] payload = frame.payload();
            try {
                switch (frame.type()) {
                    case Wire.OUTPUT -> {
                        out.write(payload);
                        out.flush();
                    }
                    case Wire.ERROR_OUTPUT -> {
                        err.write(payload);
                        err.flush();
                    }
                    case Wire.ASK_PASSWORD -> answer(frames, new String(payload, StandardCharsets.UTF_8));
                    case Wire.READ_INPUT -> input(frames, ByteBuffer.wrap(payload).getInt());
                    case Wire.EXIT -> {
                        return ByteBuffer.wrap(payload).getInt();
                    }
                    default -> throw new FrameChannel.MalformedFrameException("an unknown frame from the service");
                }
            } finally {
                Wipe.bytes(payload);
            }
        }
    }

    private void answer(FrameChannel frames, String text) throws IOException {
        char[] password;
        try {
            password = prompt.ask(text);
        } catch (LatchkeyException e) {
            frames.write(Wire.NO_ANSWER, (e.status().name() + " " + e.getMessage()).getBytes(StandardCharsets.UTF_8));
            return;
        }
        ByteBuffer utf8 = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            frames.write(Wire.ANSWER, utf8.array(), 0, utf8.limit());
        } finally {
            Wipe.chars(password);
            Wipe.bytes(utf8.array());
        }
    }

    private void input(FrameChannel frames, int wanted) throws IOException {
        byte[] buffer = new byte[Math.max(1, Math.min(wanted, Wire.MAX_CHUNK))];
        int n = in.read(buffer);
        try {
            if (n < 0) {
                frames.write(Wire.INPUT_END, new byte[0]);
            } else {
                frames.write(Wire.INPUT, buffer, 0, n);
            }
        } finally {
            Wipe.bytes(buffer);
        }
    }

    private int unavailable(String reason) {
        err.println("latchkey: SERVICE_NOT_AVAILABLE: " + reason);
        return dev.latchkey.app.cli.ExitCodes.OTHER;
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void close(SocketChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Failing already.
        }
    }
}
