package dev.latchkey.model.transfer.kdbx;

import dev.latchkey.crypto.secret.Wipe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What a KeePass key file gives KeePassJava2. An XML key file goes to the library as it is. Any
 * other file is turned into its 32-byte key here, by KeePass's rules (exactly 32 bytes: those;
 * 64 hexadecimal characters: their bytes; anything else: its SHA-256), and handed over as a
 * 32-byte stream, which the library takes as the key: otherwise the library first tries the
 * file as XML, and the JDK's parser prints "[Fatal Error] …" on the user's terminal.
 */
final class KeyFileKey {
    private static final int KEY_LENGTH = 32;

    private KeyFileKey() {
    }

    /** The stream to give KdbxCreds for {@code keyFile}; the caller closes it. */
    static InputStream open(Path keyFile) throws IOException {
        byte[] content = Files.readAllBytes(keyFile);
        if (looksLikeXml(content)) {
            return new ByteArrayInputStream(content);
        }
        try {
            return new ByteArrayInputStream(key(content));
        } finally {
            Wipe.bytes(content);
        }
    }

    private static byte[] key(byte[] content) {
        if (content.length == KEY_LENGTH) {
            return content.clone();
        }
        if (content.length == 2 * KEY_LENGTH) {
            String text = new String(content, StandardCharsets.US_ASCII);
            if (text.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return HexFormat.of().parseHex(text);
            }
        }
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** Whether the first character after an optional UTF-8 byte order mark and blanks is '<'. */
    private static boolean looksLikeXml(byte[] content) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
                && (content[2] & 0xff) == 0xbf ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        return i < content.length && content[i] == '<';
    }
}
