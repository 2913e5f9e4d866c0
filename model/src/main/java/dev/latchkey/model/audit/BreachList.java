package dev.latchkey.model.audit;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/**
 * An offline list of breached passwords in Have I Been Pwned's format: one
 * {@code SHA1HEX:COUNT} line per password, sorted by hash (the "ordered by hash" download).
 * Lookups binary-search the file by byte offset with positional reads, so a multi-gigabyte
 * list is never loaded: each lookup reads a few kilobytes. A list that turns out not to be
 * sorted by hash (HIBP also publishes one ordered by count) is refused rather than
 * silently missing breaches.
 */
public final class BreachList implements AutoCloseable {
    private static final int HASH_HEX = 40;
    /** The longest line accepted: 40 hex digits, a colon, a count and CR LF. */
    private static final int MAX_LINE = 64;
    /** Below this many bytes the search reads lines one after another. */
    private static final int SCAN = 4096;

    private final FileChannel channel;
    private final long size;
    private final String name;
    private long bytesRead;

    private BreachList(FileChannel channel, long size, String name) {
        this.channel = channel;
        this.size = size;
        this.name = name;
    }

    /** Opens a list and checks that its first line has the expected form. */
    public static BreachList open(Path file) throws LatchkeyException {
        String name = String.valueOf(file.getFileName());
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new LatchkeyException(Status.IO, "the breach list " + name + " does not exist");
        } catch (AccessDeniedException e) {
            throw new LatchkeyException(Status.IO, "the breach list " + name + " cannot be read: access denied");
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "the breach list " + name + " cannot be read", e);
        }
        BreachList list = null;
        try {
            list = new BreachList(channel, channel.size(), name);
            if (list.size == 0) {
                throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "the breach list " + name + " is empty");
            }
            list.lineAt(0);
            return list;
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "the breach list " + name + " cannot be read", e);
        } catch (LatchkeyException | RuntimeException e) {
            if (list != null) {
                list.close();
            } else {
                closeQuietly(channel);
            }
            throw e;
        }
    }

    /**
     * How often each SHA-1 hash (20 bytes) appears in breaches, 0 if not listed, in the order
     * given. Reports progress per hash; an interrupted thread stops with USER_CANCELED.
     */
    public long[] counts(List<byte[]> sha1Hashes, AuditProgress progress) throws LatchkeyException {
        long[] out = new long[sha1Hashes.size()];
        for (int i = 0; i < out.length; i++) {
            if (Thread.currentThread().isInterrupted()) {
                throw new LatchkeyException(Status.USER_CANCELED, "the breach check was cancelled");
            }
            out[i] = count(sha1Hashes.get(i));
            progress.progress(i + 1, out.length);
        }
        return out;
    }

    /** How often one SHA-1 hash appears in breaches, 0 if it is not listed. */
    public long count(byte[] sha1) throws LatchkeyException {
        if (sha1.length != 20) {
            throw new IllegalArgumentException("a SHA-1 hash has 20 bytes");
        }
        try {
            return search(sha1);
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "the breach list " + name + " cannot be read", e);
        }
    }

    /** Bytes read by lookups so far: a few kilobytes each, however large the file. */
    public long bytesRead() {
        return bytesRead;
    }

    private long search(byte[] target) throws IOException, LatchkeyException {
        long lo = 0;        // a line start: every line before it is below the target
        long hi = size;     // no line starting at or after it can be the target
        byte[] below = null;
        byte[] above = null;
        while (hi - lo > SCAN) {
            long mid = (lo + hi) >>> 1;
            long start = nextLineStart(mid);
            if (start >= hi) {
                hi = mid;
                continue;
            }
            Line line = lineAt(start);
            requireOrder(below, line.hash, above);
            int cmp = Arrays.compareUnsigned(line.hash, target);
            if (cmp == 0) {
                return line.count;
            }
            if (cmp < 0) {
                lo = line.end;
                below = line.hash;
            } else {
                hi = start;
                above = line.hash;
            }
        }
        for (long pos = lo; pos < hi && pos < size; ) {
            Line line = lineAt(pos);
            requireOrder(below, line.hash, above);
            int cmp = Arrays.compareUnsigned(line.hash, target);
            if (cmp == 0) {
                return line.count;
            }
            if (cmp > 0) {
                break;
            }
            below = line.hash;
            pos = line.end;
        }
        return 0;
    }

    private void requireOrder(byte[] below, byte[] hash, byte[] above) throws LatchkeyException {
        if ((below != null && Arrays.compareUnsigned(below, hash) >= 0)
                || (above != null && Arrays.compareUnsigned(hash, above) >= 0)) {
            throw new LatchkeyException(Status.UNSUPPORTED_FORMAT, "the breach list " + name
                    + " is not sorted by hash; use the SHA-1 list \"ordered by hash\"");
        }
    }

    private record Line(byte[] hash, long count, long end) {
    }

    /** The start of the first line at or after {@code pos} ({@code size} if there is none). */
    private long nextLineStart(long pos) throws IOException, LatchkeyException {
        if (pos == 0) {
            return 0;
        }
        ByteBuffer buf = read(pos - 1, MAX_LINE + 1);
        for (int i = 0; i < buf.limit(); i++) {
            if (buf.get(i) == '\n') {
                return pos + i;
            }
        }
        if (pos - 1 + buf.limit() >= size) {
            return size;
        }
        throw malformed();
    }

    private Line lineAt(long start) throws IOException, LatchkeyException {
        ByteBuffer buf = read(start, MAX_LINE);
        int n = buf.limit();
        int newline = 0;
        while (newline < n && buf.get(newline) != '\n') {
            newline++;
        }
        if (newline == n && start + n < size) {
            throw malformed();
        }
        int end = newline > 0 && buf.get(newline - 1) == '\r' ? newline - 1 : newline;
        if (end < HASH_HEX + 2 || buf.get(HASH_HEX) != ':') {
            throw malformed();
        }
        byte[] hash = new byte[20];
        for (int i = 0; i < 20; i++) {
            int hi = Character.digit(buf.get(2 * i), 16);
            int lo = Character.digit(buf.get(2 * i + 1), 16);
            if (hi < 0 || lo < 0) {
                throw malformed();
            }
            hash[i] = (byte) (hi << 4 | lo);
        }
        long count = 0;
        for (int i = HASH_HEX + 1; i < end; i++) {
            int d = buf.get(i) - '0';
            if (d < 0 || d > 9 || count > (Long.MAX_VALUE - d) / 10) {
                throw malformed();
            }
            count = count * 10 + d;
        }
        return new Line(hash, count, start + Math.min(newline + 1, n));
    }

    private ByteBuffer read(long pos, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(length, size - pos));
        while (buf.hasRemaining()) {
            int r = channel.read(buf, pos + buf.position());
            if (r < 0) {
                break;
            }
        }
        bytesRead += buf.position();
        return buf.flip();
    }

    private LatchkeyException malformed() {
        return new LatchkeyException(Status.UNSUPPORTED_FORMAT, "the breach list " + name
                + " is not in the SHA-1 \"HASH:COUNT\" format of Have I Been Pwned");
    }

    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Read-only: nothing is lost.
        }
    }
}
