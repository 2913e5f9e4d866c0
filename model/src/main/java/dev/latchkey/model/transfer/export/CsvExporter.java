package dev.latchkey.model.transfer.export;

import dev.latchkey.crypto.secret.SecretBuffer;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.SecretParts;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import dev.latchkey.model.transfer.csv.CsvFlavour;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a keychain's passwords, notes and codes as CSV in KeePassXC's or Bitwarden's columns,
 * so those import it unchanged. CSV is plain text: the caller warns and writes the result with
 * {@code ExportFile} (owner-only, wiped).
 */
public final class CsvExporter {
    private CsvExporter() {
    }

    /** How many items a password export of this keychain holds. */
    public static int itemCount(Keychain keychain) throws LatchkeyException {
        return ExportedItem.exportable(keychain).size();
    }

    /** The CSV bytes; the caller wipes them. INTERACTION_REQUIRED without a fresh password entry. */
    public static byte[] export(Keychain keychain, CsvFlavour flavour) throws LatchkeyException {
        if (flavour != CsvFlavour.KEEPASSXC && flavour != CsvFlavour.BITWARDEN) {
            throw new LatchkeyException(Status.PARAM, "Latchkey writes the CSV columns of KeePassXC or Bitwarden");
        }
        List<Item> items = ExportedItem.exportable(keychain);
        SecretBuffer out = new SecretBuffer();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setQuoteMode(
                        org.apache.commons.csv.QuoteMode.ALL).get())) {
            csv.printRecord(flavour.columns());
            for (Item item : items) {
                try (ExportedItem e = ExportedItem.read(keychain, item)) {
                    if (flavour == CsvFlavour.KEEPASSXC) {
                        keePassXc(e, csv);
                    } else {
                        bitwarden(e, csv);
                    }
                }
            }
        } catch (IOException e) {
            out.takeAndWipe();
            throw new LatchkeyException(Status.INTERNAL, "cannot write CSV: " + e.getMessage(), e);
        }
        return out.takeAndWipe();
    }

    private static void keePassXc(ExportedItem e, CSVPrinter csv) throws IOException, LatchkeyException {
        char[] secret = e.secretChars();
        char[] otp = e.otpUri();
        try {
            String folder = e.item.attributes().text(Attribute.FOLDER);
            List<Object> row = new ArrayList<>();
            row.add("Root" + (folder.isEmpty() ? "" : "/" + folder));
            row.add(e.title());
            row.add(e.item.attributes().text(Attribute.ACCOUNT));
            row.add(e.isNote() ? "" : CharBuffer.wrap(secret));
            row.add(e.url());
            row.add(e.isNote() ? CharBuffer.wrap(secret) : e.notes());
            row.add(otp == null ? "" : CharBuffer.wrap(otp));
            row.add("0");
            row.add(time(e.item.attributes().instant(Attribute.MODIFIED).orElse(null)));
            row.add(time(e.item.attributes().instant(Attribute.CREATED).orElse(null)));
            csv.printRecord(row);
        } finally {
            Wipe.chars(secret, otp);
        }
    }

    private static void bitwarden(ExportedItem e, CSVPrinter csv) throws IOException, LatchkeyException {
        char[] secret = e.secretChars();
        char[] otp = e.otpUri();
        StringBuilder fields = new StringBuilder();
        try (SecretParts parts = e.parts(SecretKind.FIELDS)) {
            for (SecretParts.Part p : parts.parts()) {
                fields.append(fields.length() == 0 ? "" : "\n").append(p.name()).append(": ")
                        .append(new String(p.value().bytes(), StandardCharsets.UTF_8));
            }
            List<Object> row = new ArrayList<>();
            row.add(e.item.attributes().text(Attribute.FOLDER));
            row.add(e.item.attributes().list(Attribute.TAGS).contains("Favorite") ? "1" : "");
            row.add(e.isNote() ? "note" : "login");
            row.add(e.title());
            row.add(e.isNote() ? CharBuffer.wrap(secret) : e.notes());
            row.add(fields);
            row.add(e.item.requiresPassword() ? "1" : "0");
            row.add(e.isNote() ? "" : String.join(",", e.item.attributes().list(Attribute.URLS).isEmpty()
                    ? List.of(e.url()) : e.item.attributes().list(Attribute.URLS)));
            row.add(e.isNote() ? "" : e.item.attributes().text(Attribute.ACCOUNT));
            row.add(e.isNote() ? "" : CharBuffer.wrap(secret));
            row.add(otp == null ? "" : CharBuffer.wrap(otp));
            csv.printRecord(row);
        } finally {
            Wipe.chars(secret, otp);
            fields.setLength(0);
        }
    }

    private static String time(Instant t) {
        return t == null ? "" : t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }
}
