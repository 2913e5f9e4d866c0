package dev.latchkey.app.instance;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One short ASCII line each way over a connected socket channel. Reads have a length cap and a
 * deadline (Unix domain channels have no socket timeout, so the wait is a selector's).
 */
public final class LineChannel {
    /** The peer sent more than the cap without a line end. */
    public static final class LineTooLongException extends IOException {
        LineTooLongException(int maxBytes) {
            super("longer than " + maxBytes + " bytes");
        }
    }

    private final SocketChannel channel;

    public LineChannel(SocketChannel channel) {
        this.channel = channel;
    }

    /**
     * The next line without its end ({@code \n}, or the peer closing after some text); null when
     * the peer closed without sending anything.
     *
     * @throws LineTooLongException after {@code maxBytes} bytes without a line end
     * @throws SocketTimeoutException when no line end came within {@code timeout}
     */
    public String read(int maxBytes, Duration timeout) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(maxBytes + 1);
        long deadline = System.nanoTime() + timeout.toNanos();
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (true) {
                int from = buffer.position();
                int n = channel.read(buffer);
                int end = lineEnd(buffer, from);
                if (end >= 0) {
                    return text(buffer, end);
                }
                if (n < 0) {
                    return buffer.position() == 0 ? null : text(buffer, buffer.position());
                }
                if (!buffer.hasRemaining()) {
                    throw new LineTooLongException(maxBytes);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SocketTimeoutException("no complete line within " + timeout.toMillis() + " ms");
                }
                selector.select(Math.max(1, Duration.ofNanos(left).toMillis()));
                selector.selectedKeys().clear();
            }
        } finally {
            // Closing the selector deregistered the channel, so it may block again.
            channel.configureBlocking(true);
        }
    }

    public void write(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    private static int lineEnd(ByteBuffer buffer, int from) {
        for (int i = from; i < buffer.position(); i++) {
            if (buffer.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String text(ByteBuffer buffer, int end) {
        String line = new String(buffer.array(), 0, end, StandardCharsets.US_ASCII);
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }
}
