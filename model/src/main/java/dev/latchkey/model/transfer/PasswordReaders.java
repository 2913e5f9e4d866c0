package dev.latchkey.model.transfer;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.transfer.csv.CsvFlavour;
import dev.latchkey.model.transfer.entries.PasswordReader;
import dev.latchkey.model.transfer.csv.CsvPasswordReader;
import dev.latchkey.model.transfer.dump.KeychainDumpReader;
import dev.latchkey.model.transfer.json.BitwardenJsonReader;
import dev.latchkey.model.transfer.json.OnePuxReader;
import dev.latchkey.model.transfer.kdbx.KdbxPasswordReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The reader of each {@link ImportFormat}. */
public final class PasswordReaders {
    private static final Map<CsvFlavour, ImportFormat> CSV = Map.of(CsvFlavour.KEEPASSXC, ImportFormat.KEEPASSXC_CSV,
            CsvFlavour.BITWARDEN, ImportFormat.BITWARDEN_CSV, CsvFlavour.ONEPASSWORD, ImportFormat.ONEPASSWORD_CSV,
            CsvFlavour.CHROME, ImportFormat.CHROME_CSV, CsvFlavour.FIREFOX, ImportFormat.FIREFOX_CSV);

    private PasswordReaders() {
    }

    public static PasswordReader of(ImportFormat format) {
        return switch (format) {
            case KDBX -> new KdbxPasswordReader();
            case BITWARDEN_JSON -> new BitwardenJsonReader();
            case ONEPASSWORD_1PUX -> new OnePuxReader();
            case KEYCHAIN_DUMP -> new KeychainDumpReader();
            default -> new CsvPasswordReader(flavour(format));
        };
    }

    static Optional<ImportFormat> csvFormat(Path file) throws LatchkeyException {
        return CsvPasswordReader.detect(file).map(CSV::get);
    }

    private static CsvFlavour flavour(ImportFormat format) {
        return CSV.entrySet().stream().filter(e -> e.getValue() == format).findFirst().orElseThrow().getKey();
    }

    /** Whether reading a file of this format needs a password (KeePass always; a Bitwarden export when encrypted). */
    public static boolean alwaysProtected(ImportFormat format) {
        return format == ImportFormat.KDBX;
    }
}
