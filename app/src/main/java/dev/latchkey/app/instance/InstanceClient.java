package dev.latchkey.app.instance;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.time.Duration;
import java.util.Optional;

/** Sends one request to the window running for a data folder: the CLI's side, and a second GUI start's. */
public final class InstanceClient {
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_ANSWER_BYTES = 200;

    private final SocketPath socket;

    public InstanceClient(SocketPath socket) {
        this.socket = socket;
    }

    public Delivery send(WindowRequest request) {
        Optional<String> unusable = socket.unusable();
        if (unusable.isPresent()) {
            return Delivery.failed(unusable.get());
        }
        if (!Files.exists(socket.file(), LinkOption.NOFOLLOW_LINKS)) {
            return Delivery.notRunning();
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.connect(socket.address());
            } catch (ConnectException e) {
                // The file is left from a window that ended without removing it.
                return Delivery.notRunning();
            }
            LineChannel lines = new LineChannel(channel);
            lines.write(request.word());
            String answer = lines.read(MAX_ANSWER_BYTES, ANSWER_TIMEOUT);
            if ("ok".equals(answer)) {
                return Delivery.delivered();
            }
            if (InstanceServer.NO_WINDOW.equals(answer)) {
                return Delivery.noWindow();
            }
            if (answer != null && answer.startsWith("error ")) {
                return Delivery.failed("the Latchkey window refused the request: " + answer.substring(6));
            }
            return Delivery.failed(answer == null ? "the Latchkey window closed the connection without an answer"
                    : "the Latchkey window gave an answer this version does not know");
        } catch (SocketTimeoutException e) {
            return Delivery.failed("the Latchkey window did not answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        } catch (IOException e) {
            if (!Files.exists(socket.file(), LinkOption.NOFOLLOW_LINKS)) {
                return Delivery.notRunning();
            }
            return Delivery.failed("cannot reach the Latchkey window at " + socket.file() + ": " + e.getMessage());
        }
    }

    /** Whether something listens at the socket: tells a running window from a file a crashed one left. */
    static boolean answers(SocketPath socket) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(socket.address());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
