package dev.latchkey.model.item;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of {@link ItemAttributes} sealed into a keychain: a version byte, then for
 * each attribute its tag, its type and its value. Tags unknown to this version are skipped,
 * so a newer writer's extra attributes do not make an item unreadable.
 */
public final class AttributeCodec {
    private static final int VERSION = 1;
    private static final int MAX_LENGTH = 16 * 1024 * 1024;
    private static final AttributeType[] TYPES = AttributeType.values();
    private static final Attribute[] BY_TAG = tagTable();

    private AttributeCodec() {
    }

    public static byte[] encode(ItemAttributes attributes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            for (Map.Entry<Attribute, Object> e : attributes.asMap().entrySet()) {
                Attribute a = e.getKey();
                out.writeShort(a.tag());
                out.writeByte(a.type().ordinal());
                writeValue(out, a.type(), e.getValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("in-memory stream failed", e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static void writeValue(DataOutputStream out, AttributeType type, Object v) throws IOException {
        switch (type) {
            case STRING -> writeString(out, (String) v);
            case INTEGER -> out.writeLong((Long) v);
            case BOOLEAN -> out.writeBoolean((Boolean) v);
            case INSTANT -> {
                Instant t = (Instant) v;
                out.writeLong(t.getEpochSecond());
                out.writeInt(t.getNano());
            }
            case STRING_LIST -> {
                List<String> list = (List<String>) v;
                out.writeInt(list.size());
                for (String s : list) {
                    writeString(out, s);
                }
            }
            case BYTES -> {
                byte[] b = (byte[]) v;
                out.writeInt(b.length);
                out.write(b);
            }
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Decodes attributes; malformed input gives {@link MalformedItemException}. */
    public static ItemAttributes decode(byte[] encoded) throws MalformedItemException {
        // Runs for every item at each unlock: a plain ByteBuffer and lookup tables, no streams
        // and no values() copies per attribute.
        EnumMap<Attribute, Object> values = new EnumMap<>(Attribute.class);
        ByteBuffer in = ByteBuffer.wrap(encoded);
        try {
            int version = in.get() & 0xff;
            if (version != VERSION) {
                throw new MalformedItemException("unknown attribute encoding " + version);
            }
            while (in.hasRemaining()) {
                int tag = in.getShort() & 0xffff;
                int typeIndex = in.get() & 0xff;
                if (typeIndex >= TYPES.length) {
                    throw new MalformedItemException("unknown attribute type " + typeIndex);
                }
                AttributeType type = TYPES[typeIndex];
                Object value = readValue(in, type);
                Attribute a = tag < BY_TAG.length ? BY_TAG[tag] : null;
                if (a != null) {
                    if (a.type() != type) {
                        throw new MalformedItemException("attribute " + a + " has the wrong type");
                    }
                    // The same normal form the builder keeps: no empty strings or lists, lists unmodifiable.
                    if (value instanceof List<?> list) {
                        value = list.isEmpty() ? null : List.copyOf(list);
                    } else if (value instanceof String s && s.isEmpty()) {
                        value = null;
                    }
                    if (value != null) {
                        values.put(a, value);
                    }
                }
            }
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new MalformedItemException("item attributes are malformed");
        }
        return ItemAttributes.ofDecoded(values);
    }

    private static Attribute[] tagTable() {
        int max = 0;
        for (Attribute a : Attribute.values()) {
            max = Math.max(max, a.tag());
        }
        Attribute[] table = new Attribute[max + 1];
        for (Attribute a : Attribute.values()) {
            table[a.tag()] = a;
        }
        return table;
    }

    private static Object readValue(ByteBuffer in, AttributeType type) throws MalformedItemException {
        return switch (type) {
            case STRING -> readString(in);
            case INTEGER -> in.getLong();
            case BOOLEAN -> in.get() != 0;
            case INSTANT -> Instant.ofEpochSecond(in.getLong(), in.getInt());
            case STRING_LIST -> {
                int n = readLength(in);
                List<String> list = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    list.add(readString(in));
                }
                yield list;
            }
            case BYTES -> {
                byte[] b = new byte[readLength(in)];
                in.get(b);
                yield b;
            }
        };
    }

    private static String readString(ByteBuffer in) throws MalformedItemException {
        int n = readLength(in);
        String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
        in.position(in.position() + n);
        return s;
    }

    private static int readLength(ByteBuffer in) throws MalformedItemException {
        int n = in.getInt();
        if (n < 0 || n > MAX_LENGTH || n > in.remaining()) {
            throw new MalformedItemException("item attributes are malformed");
        }
        return n;
    }

    /** Encoded attributes that cannot be read. */
    public static final class MalformedItemException extends Exception {
        public MalformedItemException(String message) {
            super(message);
        }
    }
}
