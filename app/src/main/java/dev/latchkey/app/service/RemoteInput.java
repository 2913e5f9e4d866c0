package dev.latchkey.app.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * A command's standard input, read from the client only when the command reads it (most never
 * do; {@code -w -} does). Each read asks for at most what the command wants.
 */
final class RemoteInput extends InputStream {
    private final FrameChannel frames;
    private final Duration wait;
    private boolean ended;

    RemoteInput(FrameChannel frames, Duration wait) {
        this.frames = frames;
        this.wait = wait;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (ended) {
            return -1;
        }
        int wanted = Math.min(len, Wire.MAX_CHUNK);
        frames.write(Wire.READ_INPUT, java.nio.ByteBuffer.allocate(4).putInt(wanted).array());
        FrameChannel.Frame frame = frames.read(wait, wanted);
        if (frame.type() == Wire.INPUT_END) {
            ended = true;
            return -1;
        }
        if (frame.type() != Wire.INPUT || frame.payload().length == 0) {
            throw new FrameChannel.MalformedFrameException("expected standard input from the client");
        }
        System.arraycopy(frame.payload(), 0, b, off, frame.payload().length);
        java.util.Arrays.fill(frame.payload(), (byte) 0);
        return frame.payload().length;
    }
}
