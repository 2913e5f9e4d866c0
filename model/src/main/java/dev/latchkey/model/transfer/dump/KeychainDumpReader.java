package dev.latchkey.model.transfer.dump;

import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.keychain.Progress;
import dev.latchkey.model.transfer.entries.ImportErrors;
import dev.latchkey.model.transfer.entries.ImportSource;
import dev.latchkey.model.transfer.entries.ImportedEntry;
import dev.latchkey.model.transfer.entries.PasswordReader;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of macOS {@code security dump-keychain -d} (Keychain Access has no export of
 * passwords; this is the way out): application ({@code genp}) and Internet ({@code inet})
 * passwords with their attributes and, with {@code -d}, their data. Other classes
 * (certificates, keys) are counted in the report: export them as PKCS#12 and use
 * {@code latchkey import}.
 */
public final class KeychainDumpReader implements PasswordReader {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s+(?:\"(\\w{4})\"|(0x[0-9A-Fa-f]{8}))\\s*<(\\w+)>=(.*)");
    private static final DateTimeFormatter TIMEDATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** Whether a file starts like a dump ("keychain: \"…\""). */
    public static boolean looksLikeDump(String head) {
        return head.stripLeading().startsWith("keychain: \"");
    }

    @Override
    public List<ImportedEntry> read(ImportSource source, Progress progress) throws LatchkeyException {
        Path file = source.file();
        List<ImportedEntry> out = new ArrayList<>();
        int others = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Record record = null;
            String line;
            int number = 0;
            boolean data = false;
            while ((line = in.readLine()) != null) {
                number++;
                String where = "line " + number;
                if (line.startsWith("keychain: ")) {
                    if (record != null && record.finish(out)) {
                        others++;
                    }
                    record = new Record(where);
                    data = false;
                } else if (record == null) {
                    if (!line.isBlank()) {
                        throw ImportErrors.malformed(file, where, "expected \"keychain: \" as security dump-keychain writes");
                    }
                } else if (line.startsWith("class: ")) {
                    record.itemClass = unquote(line.substring(7).strip(), file, where);
                } else if (line.startsWith("version: ") || line.equals("attributes:")) {
                    data = false;
                } else if (line.equals("data:")) {
                    data = true;
                } else if (data) {
                    record.data = value(line.strip(), file, where);
                    data = false;
                } else if (!line.isBlank()) {
                    Matcher m = ATTRIBUTE.matcher(line);
                    if (!m.matches()) {
                        throw ImportErrors.malformed(file, where, "not an attribute line of security dump-keychain");
                    }
                    String name = m.group(1) != null ? m.group(1) : m.group(2);
                    byte[] v = m.group(4).strip().equals("<NULL>") ? null : value(m.group(4).strip(), file, where);
                    if (v != null) {
                        record.attributes.put(name, v);
                        if (m.group(3).equals("timedate")) {
                            record.checkTime(name, file, where);
                        }
                    }
                }
                ImportErrors.checkCanceled(progress, number, 0);
            }
            if (record != null && record.finish(out)) {
                others++;
            }
            if (others > 0 && !out.isEmpty()) {
                out.get(0).notKept(others + " certificate(s), key(s) or other items of the dump (export them as "
                        + "PKCS#12 and use latchkey import)");
            }
            return out;
        } catch (IOException e) {
            ImportErrors.closeAll(out);
            throw e instanceof java.nio.charset.MalformedInputException
                    ? ImportErrors.malformed(file, "", "is not UTF-8 text") : ImportErrors.unreadable(file, e);
        } catch (LatchkeyException | RuntimeException e) {
            ImportErrors.closeAll(out);
            throw e;
        }
    }

    /** One item of the dump as read so far. */
    private static final class Record {
        final String where;
        final Map<String, byte[]> attributes = new HashMap<>();
        String itemClass = "";
        byte[] data;

        Record(String where) {
            this.where = where;
        }

        String text(String name) {
            byte[] v = attributes.get(name);
            if (v == null) {
                return "";
            }
            int end = v.length;
            while (end > 0 && v[end - 1] == 0) {
                end--;
            }
            return new String(v, 0, end, StandardCharsets.UTF_8);
        }

        void checkTime(String name, Path file, String at) throws LatchkeyException {
            if (time(name) == null) {
                throw ImportErrors.malformed(file, at + ", field " + name, "not a time like 20240501120000Z");
            }
        }

        java.time.Instant time(String name) {
            String t = text(name).replace("Z", "");
            try {
                return t.isEmpty() ? null : LocalDateTime.parse(t, TIMEDATE).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        /** Adds the entry if it is a password; true if it was another kind of item. */
        boolean finish(List<ImportedEntry> out) {
            boolean inet = itemClass.equals("inet");
            if (!inet && !itemClass.equals("genp")) {
                Wipe.bytes(data);
                return true;
            }
            ImportedEntry e = new ImportedEntry(where);
            out.add(e);
            String label = text("0x00000007");
            e.title(label.isEmpty() ? text(inet ? "srvr" : "svce") : label).username(text("acct"))
                    .notes(text("icmt")).created(time("cdat")).modified(time("mdat"));
            if (inet) {
                String protocol = protocol(text("ptcl"));
                String port = text("port");
                e.url((protocol.isEmpty() ? "https" : protocol) + "://" + text("srvr") + port(port) + text("path"));
            } else if (!text("svce").equals(e.title())) {
                e.field("Service", false, text("svce"));
            }
            if (data == null) {
                e.notKept("password (dump the keychain with -d to include passwords)");
            } else {
                e.password(Secret.wrap(data));
            }
            return false;
        }

        private static String port(String value) {
            return value.isEmpty() || value.equals("0") ? "" : ":" + value;
        }
    }

    /** Apple's protocol codes to schemes ("htps" is https). */
    private static String protocol(String code) {
        return switch (code.strip()) {
            case "htps" -> "https";
            case "http" -> "http";
            case "ftp" -> "ftp";
            case "ftps" -> "ftps";
            case "ssh" -> "ssh";
            case "smb" -> "smb";
            case "afp" -> "afp";
            case "imap" -> "imap";
            case "imps" -> "imaps";
            case "ldap" -> "ldap";
            default -> "";
        };
    }

    /**
     * A value as dump-keychain prints it: {@code "text"} (octal escapes for other bytes),
     * {@code 0xHEX} optionally followed by the text, or a bare number for uint32 values.
     */
    private static byte[] value(String text, Path file, String where) throws LatchkeyException {
        if (text.startsWith("0x")) {
            int space = text.indexOf(' ');
            String hex = text.substring(2, space < 0 ? text.length() : space);
            try {
                byte[] bytes = HexFormat.of().parseHex(hex);
                if (bytes.length == 4 && space < 0) {
                    long n = Integer.toUnsignedLong(java.nio.ByteBuffer.wrap(bytes).getInt());
                    return Long.toString(n).getBytes(StandardCharsets.US_ASCII);
                }
                return bytes;
            } catch (IllegalArgumentException e) {
                throw ImportErrors.malformed(file, where, "\"" + hex + "\" is not hexadecimal");
            }
        }
        if (text.startsWith("\"")) {
            return unescape(text, file, where);
        }
        if (text.matches("\\d+")) {
            return text.getBytes(StandardCharsets.US_ASCII);
        }
        throw ImportErrors.malformed(file, where, "a value must be quoted, hexadecimal or <NULL>");
    }

    private static String unquote(String text, Path file, String where) throws LatchkeyException {
        return text.startsWith("\"") ? new String(unescape(text, file, where), StandardCharsets.UTF_8) : text;
    }

    private static byte[] unescape(String text, Path file, String where) throws LatchkeyException {
        if (text.length() < 2 || !text.endsWith("\"")) {
            throw ImportErrors.malformed(file, where, "a quoted value has no closing quote");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String body = text.substring(1, text.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 3 < body.length() && body.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                out.write(Integer.parseInt(body.substring(i + 1, i + 4), 8));
                i += 3;
            } else if (c == '\\' && i + 1 < body.length()) {
                out.write(body.charAt(++i));
            } else {
                int cp = body.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toByteArray();
    }
}
