package dev.latchkey.model.transfer;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.transfer.entries.ImportErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The password exports Latchkey imports, with the names the command line uses. The readers
 * live in the format packages; {@link PasswordReaders} builds them, and {@link #detect} tells a
 * file's format from its first bytes (and a CSV file's header).
 */
public enum ImportFormat {
    KDBX("kdbx", "KeePass / KeePassXC database (KDBX)"),
    KEEPASSXC_CSV("keepassxc-csv", "KeePassXC CSV"),
    BITWARDEN_JSON("bitwarden-json", "Bitwarden JSON"),
    BITWARDEN_CSV("bitwarden-csv", "Bitwarden CSV"),
    ONEPASSWORD_1PUX("1pux", "1Password 1PUX"),
    ONEPASSWORD_CSV("1password-csv", "1Password CSV"),
    CHROME_CSV("chrome-csv", "Chrome / Edge / Brave CSV"),
    FIREFOX_CSV("firefox-csv", "Firefox CSV"),
    KEYCHAIN_DUMP("keychain-dump", "macOS Keychain Access (security dump-keychain -d)");

    private final String cliName;
    private final String displayName;

    ImportFormat(String cliName, String displayName) {
        this.cliName = cliName;
        this.displayName = displayName;
    }

    public String cliName() {
        return cliName;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isCsv() {
        return cliName.endsWith("-csv");
    }

    public static Optional<ImportFormat> byCliName(String name) {
        for (ImportFormat f : values()) {
            if (f.cliName.equals(name.toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format of a file by its content; UNSUPPORTED_FORMAT (one line) when Latchkey cannot tell. */
    public static ImportFormat detect(Path file) throws LatchkeyException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        } catch (IOException e) {
            throw ImportErrors.unreadable(file, e);
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x03 && (head[1] & 0xff) == 0xd9 && (head[2] & 0xff) == 0xa2
                && (head[3] & 0xff) == 0x9a) {
            return KDBX;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return ONEPASSWORD_1PUX;
        }
        String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (text.startsWith("{")) {
            return BITWARDEN_JSON;
        }
        if (text.startsWith("keychain: \"")) {
            return KEYCHAIN_DUMP;
        }
        return PasswordReaders.csvFormat(file).orElseThrow(() -> new LatchkeyException(Status.UNSUPPORTED_FORMAT,
                file.getFileName() + " is not an export Latchkey knows; name its format with --format"));
    }
}
