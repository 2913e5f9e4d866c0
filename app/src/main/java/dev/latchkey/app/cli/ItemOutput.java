package dev.latchkey.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemAttributes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Prints items as {@code security(1)}-style text or as JSON with stable field names
 * (architecture §6). Secrets are streamed from their bytes/chars and never become Strings.
 */
final class ItemOutput {
    private static final JsonFactory JSON = new JsonFactory();

    private ItemOutput() {
    }

    /** The field a secret is printed under: "note" for secure notes, else "password". */
    static String secretField(Item item) {
        return item.itemClass() == dev.latchkey.model.item.ItemClass.SECURE_NOTE ? "note" : "password";
    }

    static void text(PrintStream out, String keychain, Item item, Secret secret) {
        out.printf("keychain: %s%n", quote(keychain));
        out.printf("class: %s%n", quote(item.itemClass().appleCode()));
        out.printf("id: %s%n", quote(item.id().toString()));
        out.println("attributes:");
        ItemAttributes a = item.attributes();
        for (Attribute attribute : a.keys()) {
            out.printf("    %s=%s%n", attribute.appleCode(), render(a.get(attribute)));
        }
        if (secret != null) {
            out.print(secretField(item) + ": ");
            writeQuoted(out, secret);
            out.println();
        }
    }

    /** Writes just the secret and a newline ({@code find-…-password -w}). */
    static void secretOnly(PrintStream out, Secret secret) {
        out.write(secret.bytes(), 0, secret.length());
        out.println();
        out.flush();
    }

    static void json(PrintStream out, String keychain, List<Item> items, List<Secret> secrets, boolean array) {
        try {
            JsonGenerator g = JSON.createGenerator((OutputStream) new NonClosing(out));
            g.useDefaultPrettyPrinter();
            if (array) {
                g.writeStartArray();
            }
            for (int i = 0; i < items.size(); i++) {
                writeItem(g, keychain, items.get(i), secrets == null ? null : secrets.get(i));
            }
            if (array) {
                g.writeEndArray();
            }
            g.close();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeItem(JsonGenerator g, String keychain, Item item, Secret secret) throws IOException {
        g.writeStartObject();
        g.writeStringField("keychain", keychain);
        g.writeStringField("class", item.itemClass().appleCode());
        g.writeStringField("kind", item.kind());
        g.writeStringField("id", item.id().toString());
        g.writeObjectFieldStart("attributes");
        ItemAttributes a = item.attributes();
        for (Attribute attribute : a.keys()) {
            g.writeFieldName(attribute.jsonName());
            Object v = a.get(attribute);
            if (v instanceof List<?> list) {
                g.writeStartArray();
                for (Object o : list) {
                    g.writeString(o.toString());
                }
                g.writeEndArray();
            } else if (v instanceof Long l) {
                g.writeNumber(l);
            } else if (v instanceof Boolean b) {
                g.writeBoolean(b);
            } else if (v instanceof byte[] bytes) {
                g.writeString(HexFormat.of().formatHex(bytes));
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
        if (secret != null) {
            g.writeFieldName(secretField(item));
            char[] chars = secret.toChars();
            try {
                g.writeString(chars, 0, chars.length);
            } finally {
                Wipe.chars(chars);
            }
        }
        g.writeEndObject();
    }

    private static String render(Object v) {
        if (v instanceof byte[] b) {
            return "0x" + HexFormat.of().formatHex(b);
        }
        if (v instanceof Long || v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof Instant t) {
            return quote(t.toString());
        }
        if (v instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(quote(list.get(i).toString()));
            }
            return sb.append(']').toString();
        }
        return quote(String.valueOf(v));
    }

    /** A JSON-style quoted string: readable and unambiguous with quotes or newlines inside. */
    static String quote(String s) {
        try {
            return CliContext.json().writeValueAsString(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeQuoted(PrintStream out, Secret secret) {
        try {
            JsonGenerator g = JSON.createGenerator((OutputStream) new NonClosing(out));
            char[] chars = secret.toChars();
            try {
                g.writeString(chars, 0, chars.length);
            } finally {
                Wipe.chars(chars);
            }
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lets a generator flush into stdout without closing it. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
