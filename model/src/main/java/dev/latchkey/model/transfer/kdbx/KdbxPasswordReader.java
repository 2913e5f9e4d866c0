package dev.latchkey.model.transfer.kdbx;

import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.entries.ImportErrors;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import dev.latchkey.model.transfer.entries.PasswordReader;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.linguafranca.pwdb.Credentials;
import org.linguafranca.pwdb.kdbx.KdbxCreds;
import org.linguafranca.pwdb.kdbx.KdbxSerializer;

/**
 * Reads a KeePass database (KDBX 3.1 or 4; AES, ChaCha20 or Twofish as KeePassJava2 supports;
 * AES-KDF, Argon2d or Argon2id) opened with a password, a key file or both. KeePassJava2
 * decrypts and checks the container; {@link KeePassXmlReader} streams the entries out.
 */
public final class KdbxPasswordReader implements PasswordReader {
    /** The first bytes of every KDBX file. */
    public static boolean looksLikeKdbx(byte[] head) {
        return head.length >= 8 && (head[0] & 0xff) == 0x03 && (head[1] & 0xff) == 0xd9 && (head[2] & 0xff) == 0xa2
                && (head[3] & 0xff) == 0x9a && (head[4] & 0xff) == 0x67 && (head[5] & 0xff) == 0xfb;
    }

    @Override
    public List<ImportedEntry> read(ImportSource source, Progress progress) throws LatchkeyException {
        Path file = source.file();
        if (source.password() == null && source.keyFile() == null) {
            throw new LatchkeyException(Status.PASSPHRASE_REQUIRED, file.getFileName()
                    + " is a KeePass database: give its password or key file");
        }
        List<ImportedEntry> out = new ArrayList<>();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw ImportErrors.unreadable(file, e);
        }
        Argon2idKdbxHeader header = new Argon2idKdbxHeader();
        try (Counting in = new Counting(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] head = in.peek(8);
            if (!looksLikeKdbx(head)) {
                throw ImportErrors.malformed(file, "", "is not a KeePass database (KDBX)");
            }
            InputStream xml;
            try {
                xml = KdbxSerializer.createUnencryptedInputStream(credentials(source), header, in);
            } catch (IllegalStateException | IllegalArgumentException | Argon2idKdbxHeader.KdbxKdfRefused e) {
                throw opening(file, e);
            }
            KeePassXmlReader reader = new KeePassXmlReader(header.getInnerStreamEncryptor(), header.getVersion() >= 4,
                    header.getBinaries(), header.getHeaderBytes());
            reader.read(xml, entry -> {
                out.add(entry);
                ImportErrors.checkCanceled(progress, in.count, size);
            });
            return out;
        } catch (KeePassXmlReader.HeaderChanged e) {
            ImportErrors.closeAll(out);
            throw ImportErrors.malformed(file, "", "the header failed its checksum (the file was changed or damaged)");
        } catch (XMLStreamException e) {
            ImportErrors.closeAll(out);
            throw ImportErrors.malformed(file, e.getLocation() == null ? "" : "XML line " + e.getLocation().getLineNumber(),
                    "the database content is damaged (" + xmlReason(e) + ")");
        } catch (EOFException e) {
            ImportErrors.closeAll(out);
            throw ImportErrors.malformed(file, "", "the file ends too early (truncated?)");
        } catch (IOException | IllegalStateException | IllegalArgumentException e) {
            ImportErrors.closeAll(out);
            if (e instanceof java.nio.file.NoSuchFileException || e instanceof java.nio.file.AccessDeniedException) {
                throw ImportErrors.unreadable(file, (IOException) e);
            }
            throw ImportErrors.malformed(file, "", "the database is damaged (" + reason(e) + ")");
        } catch (LatchkeyException | RuntimeException e) {
            ImportErrors.closeAll(out);
            throw e;
        }
    }

    /** What the container's checks say, as one line a user can act on. */
    private static LatchkeyException opening(Path file, RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof Argon2idKdbxHeader.KdbxKdfRefused) {
            return new LatchkeyException(Status.UNSUPPORTED_FORMAT, file.getFileName() + ": " + m);
        }
        if (m.contains("start bytes") || m.contains("HMAC") || m.contains("Hmac") || m.contains("credentials")) {
            return new LatchkeyException(Status.WRONG_PASSPHRASE, "the password or key file does not open "
                    + file.getFileName());
        }
        if (m.contains("Header hash")) {
            return ImportErrors.malformed(file, "", "the header failed its checksum (the file was changed or damaged)");
        }
        if (m.contains("File version")) {
            return new LatchkeyException(Status.UNSUPPORTED_FORMAT, file.getFileName()
                    + " is a KDBX 2 database (KeePass 2.19 or older); save it in KeePass or KeePassXC first");
        }
        if (m.contains("Cipher") || m.contains("UUID") || m.contains("version")) {
            return new LatchkeyException(Status.UNSUPPORTED_FORMAT, file.getFileName()
                    + " uses a cipher or key derivation Latchkey cannot read (" + m + ")");
        }
        return ImportErrors.malformed(file, "", "the database is damaged (" + m + ")");
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String xmlReason(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        int message = m.indexOf("Message: ");
        return message >= 0 ? m.substring(message + 9).strip() : m.strip();
    }

    /**
     * KeePass's composite key: SHA-256 of the password's UTF-8 (if given) and the key file (if
     * given). An empty password is a password; no password is none.
     */
    private static Credentials credentials(ImportSource source) throws LatchkeyException {
        byte[] password = source.password() == null ? null : KdbxContainer.utf8(source.password());
        try {
            if (source.keyFile() == null) {
                return new KdbxCreds(password);
            }
            try (InputStream key = KeyFileKey.open(source.keyFile())) {
                return password == null ? new KdbxCreds(key) : new KdbxCreds(password, key);
            } catch (IOException e) {
                throw ImportErrors.unreadable(source.keyFile(), e);
            } catch (RuntimeException e) {
                throw new LatchkeyException(Status.DECODE, source.keyFile().getFileName()
                        + " is not a key file Latchkey can read (" + reason(e) + ")");
            }
        } finally {
            Wipe.bytes(password);
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        byte[] peek(int n) throws IOException {
            in.mark(n);
            byte[] b = in.readNBytes(n);
            in.reset();
            return b;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
