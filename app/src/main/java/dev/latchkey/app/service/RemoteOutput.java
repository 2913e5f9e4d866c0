package dev.latchkey.app.service;

import dev.latchkey.crypto.secret.Wipe;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A command's standard output or error, sent to the client in frames. Buffers up to one frame
 * and wipes the buffer after each send, since a command may print a secret.
 */
final class RemoteOutput extends OutputStream {
    private final FrameChannel frames;
    private final byte type;
    private final byte[] buffer = new byte[8192];
    private int used;

    RemoteOutput(FrameChannel frames, byte type) {
        this.frames = frames;
        this.type = type;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        if (used == buffer.length) {
            flush();
        }
        buffer[used++] = (byte) b;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        while (len > 0) {
            if (used == buffer.length) {
                flush();
            }
            int n = Math.min(len, buffer.length - used);
            System.arraycopy(b, off, buffer, used, n);
            used += n;
            off += n;
            len -= n;
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (used > 0) {
            try {
                frames.write(type, buffer, 0, used);
            } finally {
                Wipe.bytes(buffer);
                used = 0;
            }
        }
    }
}
