package dev.latchkey.model.transfer.csv;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.entries.ImportErrors;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import dev.latchkey.model.transfer.entries.PasswordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV exports of KeePassXC, Bitwarden, 1Password, Chromium browsers and Firefox
 * (RFC 4180 through Apache Commons CSV: quoted commas, quotes and line breaks; UTF-8 with or
 * without a byte-order mark). The flavour comes from the header unless one is asked for.
 */
public final class CsvPasswordReader implements PasswordReader {
    private final CsvFlavour expected;

    /** @param expected the flavour the file must be, or null to tell it from the header */
    public CsvPasswordReader(CsvFlavour expected) {
        this.expected = expected;
    }

    /** The flavour of a CSV file's header, if Latchkey knows it. */
    public static Optional<CsvFlavour> detect(Path file) throws LatchkeyException {
        try (CSVParser parser = parser(file)) {
            return CsvFlavour.detect(header(parser).keySet());
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<ImportedEntry> read(ImportSource source, Progress progress) throws LatchkeyException {
        Path file = source.file();
        List<ImportedEntry> out = new ArrayList<>();
        long size = size(file);
        try (CSVParser parser = parser(file)) {
            Map<String, Integer> header = header(parser);
            CsvFlavour flavour = expected != null ? expected : CsvFlavour.detect(header.keySet()).orElseThrow(() ->
                    ImportErrors.malformed(file, "line 1", "the header names no columns Latchkey knows "
                            + "(expected the CSV of KeePassXC, Bitwarden, 1Password, Chrome/Edge/Brave or Firefox)"));
            List<String> missing = flavour.missing(header.keySet());
            if (!missing.isEmpty()) {
                throw ImportErrors.malformed(file, "line 1", "a " + flavour.displayName() + " file needs the column"
                        + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing));
            }
            long line = parser.getCurrentLineNumber() + 1;
            for (CSVRecord record : parser) {
                String where = "line " + line;
                if (record.size() != header.size() && !(record.size() == 1 && record.get(0).isEmpty())) {
                    throw ImportErrors.malformed(file, where, "has " + record.size() + " fields where the header has "
                            + header.size());
                }
                if (record.size() == header.size()) {
                    Row row = new Row(file, where, record, header);
                    ImportedEntry entry = new ImportedEntry(where);
                    out.add(entry);
                    RowMapping.of(flavour).fill(row, entry);
                }
                line = parser.getCurrentLineNumber() + 1;
                ImportErrors.checkCanceled(progress, record.getCharacterPosition(), size);
            }
            return out;
        } catch (UncheckedIOException e) {
            ImportErrors.closeAll(out);
            throw ImportErrors.malformed(file, "", reason(e.getCause()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Commons CSV refuses a header with an empty or repeated name this way.
            ImportErrors.closeAll(out);
            throw ImportErrors.malformed(file, "line 1", "the header is not usable (" + e.getMessage() + ")");
        } catch (IOException e) {
            ImportErrors.closeAll(out);
            throw e instanceof CharacterCodingException ? ImportErrors.malformed(file, "", "is not UTF-8 text")
                    : ImportErrors.unreadable(file, e);
        } catch (LatchkeyException | RuntimeException e) {
            ImportErrors.closeAll(out);
            throw e;
        }
    }

    private static String reason(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "is not UTF-8 text";
        }
        String m = e.getMessage() == null ? "" : e.getMessage();
        // Commons CSV says "(line 7) invalid char between encapsulated token and delimiter" and the like.
        return m.replaceFirst("^IOException reading next record: java.io.IOException: ", "")
                .replaceFirst("^\\(startline (\\d+)\\)", "line $1:");
    }

    private static long size(Path file) throws LatchkeyException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw ImportErrors.unreadable(file, e);
        }
    }

    private static CSVParser parser(Path file) throws IOException {
        Reader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)));
        PushbackReader bomless = new PushbackReader(reader, 1);
        int first = bomless.read();
        if (first >= 0 && first != '\uFEFF') {
            bomless.unread(first);
        }
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(false).get().parse(bomless);
    }

    /** Column names, lower-cased, to their index. */
    private static Map<String, Integer> header(CSVParser parser) {
        Map<String, Integer> out = new HashMap<>();
        List<String> names = parser.getHeaderNames();
        for (int i = 0; i < names.size(); i++) {
            out.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return out;
    }

    /** One record, read by column name. */
    static final class Row {
        private final Path file;
        private final String where;
        private final CSVRecord record;
        private final Map<String, Integer> header;

        Row(Path file, String where, CSVRecord record, Map<String, Integer> header) {
            this.file = file;
            this.where = where;
            this.record = record;
            this.header = header;
        }

        /** The first of the named columns the file has, or "". */
        String get(String... names) {
            for (String name : names) {
                Integer i = header.get(name.toLowerCase(Locale.ROOT));
                if (i != null) {
                    return record.get(i);
                }
            }
            return "";
        }

        char[] chars(String name) {
            return get(name).toCharArray();
        }

        Instant isoTime(String name) throws LatchkeyException {
            String text = get(name).strip();
            try {
                return text.isEmpty() ? null : Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw ImportErrors.malformed(file, where + ", field " + name, "\"" + shown(text)
                        + "\" is not a date and time like 2024-05-01T12:00:00Z");
            }
        }

        Instant epochMillis(String name) throws LatchkeyException {
            String text = get(name).strip();
            try {
                return text.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(text));
            } catch (NumberFormatException e) {
                throw ImportErrors.malformed(file, where + ", field " + name, "\"" + shown(text)
                        + "\" is not a time in milliseconds");
            }
        }

        LatchkeyException malformed(String field, String problem) {
            return ImportErrors.malformed(file, where + ", field " + field, problem);
        }

        private static String shown(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }

}
