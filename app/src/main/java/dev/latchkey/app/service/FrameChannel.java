package dev.latchkey.app.service;

import dev.latchkey.crypto.secret.Wipe;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;

/**
 * Frames over a connected Unix socket, after the request line: a type byte, a 4-byte length
 * and that many bytes. Reads have a deadline and a size cap, so a peer that stalls or sends
 * too much is cut off instead of holding a thread or memory. Buffers that carried a frame are
 * wiped once used: output frames may hold a secret.
 */
final class FrameChannel implements AutoCloseable {
    /** A frame that breaks the protocol: unknown type, over its cap, cut short. */
    static final class MalformedFrameException extends IOException {
        MalformedFrameException(String message) {
            super(message);
        }
    }

    /** One frame; the caller wipes {@link #payload} when it held a secret. */
    record Frame(byte type, byte[] payload) {
    }

    private static final int HEADER = 5;

    private final SocketChannel channel;
    private final Object writing = new Object();

    FrameChannel(SocketChannel channel) {
        this.channel = channel;
    }

    void write(byte type, byte[] payload) throws IOException {
        write(type, payload, 0, payload.length);
    }

    void write(byte type, byte[] payload, int offset, int length) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(HEADER + length);
        frame.put(type).putInt(length).put(payload, offset, length).flip();
        try {
            synchronized (writing) {
                while (frame.hasRemaining()) {
                    channel.write(frame);
                }
            }
        } finally {
            Wipe.bytes(frame.array());
        }
    }

    /**
     * The next frame.
     *
     * @throws MalformedFrameException when its payload is over {@code maxPayload} or the peer
     *     closed in its middle
     * @throws EOFException when the peer closed between frames
     * @throws SocketTimeoutException when it did not arrive within {@code timeout}
     */
    Frame read(Duration timeout, int maxPayload) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        if (!fill(header, deadline)) {
            throw new EOFException("the other side closed the connection");
        }
        header.flip();
        byte type = header.get();
        int length = header.getInt();
        if (length < 0 || length > maxPayload) {
            throw new MalformedFrameException("a frame of " + Integer.toUnsignedString(length)
                    + " bytes, over the " + maxPayload + " allowed");
        }
        ByteBuffer payload = ByteBuffer.allocate(length);
        if (!fill(payload, deadline) && length > 0) {
            Wipe.bytes(payload.array());
            throw new MalformedFrameException("the connection ended inside a frame");
        }
        return new Frame(type, payload.array());
    }

    /** Reads until {@code buffer} is full; false when the peer closed before the first byte. */
    private boolean fill(ByteBuffer buffer, long deadline) throws IOException {
        if (!buffer.hasRemaining()) {
            return true;
        }
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            channel.register(selector, SelectionKey.OP_READ);
            while (buffer.hasRemaining()) {
                int n = channel.read(buffer);
                if (n < 0) {
                    if (buffer.position() == 0) {
                        return false;
                    }
                    throw new MalformedFrameException("the connection ended inside a frame");
                }
                if (n == 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        throw new SocketTimeoutException("no frame within the time allowed");
                    }
                    selector.select(Math.max(1, Duration.ofNanos(left).toMillis()));
                    selector.selectedKeys().clear();
                }
            }
            return true;
        } finally {
            // Closing the selector deregistered the channel, so it may block again for writes.
            channel.configureBlocking(true);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
