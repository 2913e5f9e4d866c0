package dev.latchkey.app.service;

import dev.latchkey.app.cli.PasswordPrompt;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * Asks for a password on the client's terminal: the service sends the prompt, the client reads
 * the password without echo and sends it back. The bytes are wiped once decoded.
 */
final class RemotePrompt implements PasswordPrompt {
    private final FrameChannel frames;
    private final Duration wait;

    RemotePrompt(FrameChannel frames, Duration wait) {
        this.frames = frames;
        this.wait = wait;
    }

    @Override
    public synchronized char[] ask(String prompt) throws LatchkeyException {
        FrameChannel.Frame frame;
        try {
            frames.write(Wire.ASK_PASSWORD, prompt.getBytes(StandardCharsets.UTF_8));
            frame = frames.read(wait, Wire.MAX_CHUNK);
        } catch (IOException e) {
            throw new LatchkeyException(Status.USER_CANCELED, "no password came from the command line: "
                    + e.getMessage(), e);
        }
        byte[] bytes = frame.payload();
        try {
            if (frame.type() == Wire.NO_ANSWER) {
                throw noAnswer(new String(bytes, StandardCharsets.UTF_8));
            }
            if (frame.type() != Wire.ANSWER) {
                throw new LatchkeyException(Status.PARAM, "the command line sent something else than a password");
            }
            return decode(bytes);
        } finally {
            Wipe.bytes(bytes);
        }
    }

    /** The client's reason, "STATUS message" (no terminal, nothing typed), as the error it stands for. */
    static LatchkeyException noAnswer(String reason) {
        int space = reason.indexOf(' ');
        Status status = Status.USER_CANCELED;
        if (space > 0) {
            try {
                status = Status.valueOf(reason.substring(0, space));
                reason = reason.substring(space + 1);
            } catch (IllegalArgumentException e) {
                // Not a status name: the whole text is the reason.
            }
        }
        return new LatchkeyException(status, reason.isBlank() || reason.length() > 300 ? "no password entered"
                : reason.replaceAll("\\p{Cntrl}", " "));
    }

    static char[] decode(byte[] utf8) throws LatchkeyException {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8));
            char[] out = Arrays.copyOfRange(chars.array(), chars.position(), chars.limit());
            Wipe.chars(chars.array());
            return out;
        } catch (CharacterCodingException e) {
            throw new LatchkeyException(Status.PARAM, "the password is not UTF-8");
        }
    }
}
