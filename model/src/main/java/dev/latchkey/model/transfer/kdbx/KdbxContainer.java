package dev.latchkey.model.transfer.kdbx;

import dev.latchkey.crypto.kdf.KdfParameters;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.linguafranca.pwdb.kdbx.KdbxCreds;
import org.linguafranca.pwdb.kdbx.KdbxSerializer;
import org.linguafranca.pwdb.security.StreamEncryptor;

/**
 * A KDBX 4 container being written by KeePassJava2: protected values are encrypted with its
 * inner stream cipher in document order, attachments go into its inner header, and the XML
 * is encrypted under the password with Argon2id.
 */
public final class KdbxContainer {
    private final Argon2idKdbxHeader header;
    private final StreamEncryptor inner;
    private int attachments;

    private KdbxContainer(Argon2idKdbxHeader header) {
        this.header = header;
        this.inner = header.getInnerStreamEncryptor();
    }

    public static KdbxContainer forWriting(KdfParameters kdf) {
        return new KdbxContainer(Argon2idKdbxHeader.forWriting(kdf));
    }

    /** A protected value's text in the XML: Base64 of the value under the inner stream cipher. */
    public String protect(byte[] value) {
        byte[] encrypted = inner.encrypt(value);
        return Base64.getEncoder().encodeToString(encrypted);
    }

    /** Adds an attachment to the inner header; returns its reference number. */
    public int addAttachment(Secret content) {
        byte[] withFlags = new byte[content.length() + 1];
        System.arraycopy(content.bytes(), 0, withFlags, 1, content.length());
        header.addBinary(withFlags);
        return attachments++;
    }

    /** Encrypts {@code xml} under {@code password} into {@code out}. */
    public void write(char[] password, byte[] xml, OutputStream out) throws IOException {
        byte[] pw = utf8(password);
        try {
            OutputStream encrypted = KdbxSerializer.createEncryptedOutputStream(new KdbxCreds(pw), header, out);
            encrypted.write(xml);
            encrypted.close();
        } finally {
            Wipe.bytes(pw);
            header.getBinaries().forEach(Wipe::bytes);
        }
    }

    /** A password's UTF-8 bytes as KeePass hashes them (not normalised); the caller wipes them. */
    static byte[] utf8(char[] chars) {
        ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
        byte[] out = Arrays.copyOf(b.array(), b.limit());
        Wipe.bytes(b.array());
        return out;
    }
}
