package dev.latchkey.app.cli;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads secrets from files and standard input without passing through Strings. */
final class SecretText {
    private SecretText() {
    }

    /** The first line of a file (architecture §6 {@code --password-file}), as chars the caller wipes. */
    static char[] firstLine(Path file) throws LatchkeyException {
        byte[] bytes = null;
        try {
            bytes = Files.readAllBytes(file);
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
            return decode(bytes, end);
        } catch (NoSuchFileException e) {
            throw new LatchkeyException(Status.PARAM, "password file " + file + " does not exist");
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read password file " + file);
        } finally {
            Wipe.bytes(bytes);
        }
    }

    /** All of standard input; {@code oneLine} drops a final line break (for passwords). */
    static Secret stdin(InputStream in, boolean oneLine) throws LatchkeyException {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new LatchkeyException(Status.IO, "cannot read standard input");
        }
        int end = bytes.length;
        if (oneLine) {
            if (end > 0 && bytes[end - 1] == '\n') {
                end--;
            }
            if (end > 0 && bytes[end - 1] == '\r') {
                end--;
            }
        }
        if (end == bytes.length) {
            return Secret.wrap(bytes);
        }
        Secret s = Secret.copyOf(bytes, 0, end);
        Wipe.bytes(bytes);
        return s;
    }

    private static char[] decode(byte[] bytes, int length) throws LatchkeyException {
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            char[] out = Arrays.copyOf(chars.array(), chars.limit());
            Wipe.chars(chars.array());
            return out;
        } catch (CharacterCodingException e) {
            throw new LatchkeyException(Status.DECODE, "the password file is not UTF-8 text");
        }
    }
}
