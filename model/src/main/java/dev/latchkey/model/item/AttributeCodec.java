package dev.latchkey.model.item;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
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
        ItemAttributes.Builder builder = ItemAttributes.builder();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(encoded))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new MalformedItemException("unknown attribute encoding " + version);
            }
            while (in.available() > 0) {
                int tag = in.readUnsignedShort();
                int typeIndex = in.readUnsignedByte();
                if (typeIndex >= AttributeType.values().length) {
                    throw new MalformedItemException("unknown attribute type " + typeIndex);
                }
                AttributeType type = AttributeType.values()[typeIndex];
                Object value = readValue(in, type);
                Attribute a = Attribute.byTag(tag).orElse(null);
                if (a != null) {
                    if (a.type() != type) {
                        throw new MalformedItemException("attribute " + a + " has the wrong type");
                    }
                    builder.set(a, value);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new MalformedItemException("item attributes are malformed");
        }
        return builder.build();
    }

    private static Object readValue(DataInputStream in, AttributeType type) throws IOException {
        return switch (type) {
            case STRING -> readString(in);
            case INTEGER -> in.readLong();
            case BOOLEAN -> in.readBoolean();
            case INSTANT -> Instant.ofEpochSecond(in.readLong(), in.readInt());
            case STRING_LIST -> {
                int n = readLength(in);
                List<String> list = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    list.add(readString(in));
                }
                yield list;
            }
            case BYTES -> in.readNBytes(readLength(in));
        };
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = readLength(in);
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new IOException("short string");
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    private static int readLength(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > MAX_LENGTH || n > in.available()) {
            throw new IOException("bad length");
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
