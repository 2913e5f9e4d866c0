package dev.latchkey.app.service;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line for the service to run: the arguments as typed, the folder they were typed
 * in (relative paths in them mean that folder), and whether the user asked for debug output.
 * Encoded as counted UTF-8 strings; decoding refuses anything malformed.
 */
record CommandRequest(String workingDirectory, List<String> arguments, boolean debug) {
    static final int MAX_ARGUMENTS = 1024;
    static final int MAX_BYTES = 256 * 1024;
    private static final int VERSION = 1;

    CommandRequest {
        arguments = List.copyOf(arguments);
    }

    byte[] encode() {
        List<byte[]> parts = new ArrayList<>();
        parts.add(workingDirectory.getBytes(StandardCharsets.UTF_8));
        arguments.forEach(a -> parts.add(a.getBytes(StandardCharsets.UTF_8)));
        int size = 2 + 1 + 2 + parts.stream().mapToInt(p -> 4 + p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(size).putShort((short) VERSION).put((byte) (debug ? 1 : 0))
                .putShort((short) arguments.size());
        parts.forEach(p -> b.putInt(p.length).put(p));
        return b.array();
    }

    /** @throws IllegalArgumentException with a one-line reason when the bytes are not a request */
    static CommandRequest decode(byte[] bytes) {
        try {
            ByteBuffer b = ByteBuffer.wrap(bytes);
            int version = b.getShort();
            if (version != VERSION) {
                throw new IllegalArgumentException("request version " + version + ", this service speaks " + VERSION);
            }
            byte flags = b.get();
            if ((flags & ~1) != 0) {
                throw new IllegalArgumentException("unknown request flags");
            }
            int count = Short.toUnsignedInt(b.getShort());
            if (count > MAX_ARGUMENTS) {
                throw new IllegalArgumentException("more than " + MAX_ARGUMENTS + " arguments");
            }
            String cwd = string(b);
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(string(b));
            }
            if (b.hasRemaining()) {
                throw new IllegalArgumentException("bytes after the request");
            }
            if (!cwd.startsWith("/") && !cwd.matches("[A-Za-z]:\\\\.*")) {
                throw new IllegalArgumentException("the working folder is not an absolute path");
            }
            return new CommandRequest(cwd, args, flags == 1);
        } catch (BufferUnderflowException e) {
            throw new IllegalArgumentException("the request is cut short");
        }
    }

    private static String string(ByteBuffer b) {
        int length = b.getInt();
        if (length < 0 || length > b.remaining()) {
            throw new IllegalArgumentException("a string longer than the request");
        }
        ByteBuffer slice = b.slice().limit(length);
        b.position(b.position() + length);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(slice).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("an argument is not UTF-8");
        }
    }
}
