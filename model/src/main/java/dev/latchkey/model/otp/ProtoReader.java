package dev.latchkey.model.otp;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reader for the protobuf wire format, enough for the Google Authenticator migration
 * payload: varints, length-delimited fields and nested messages, and skipping fixed-width
 * fields it does not know. Every length is checked against the bytes that remain; any
 * damage is a DECODE error naming {@code what}. Groups (wire types 3 and 4) are refused.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] data;
    private final int end;
    private final String what;
    private int pos;
    private int wireType = -1;

    ProtoReader(byte[] data, String what) {
        this(data, 0, data.length, what);
    }

    private ProtoReader(byte[] data, int from, int to, String what) {
        this.data = data;
        this.pos = from;
        this.end = to;
        this.what = what;
    }

    boolean hasMore() {
        return pos < end;
    }

    /** Reads the next field's key and returns its number; {@link #wireType()} tells how it is stored. */
    int nextField() throws LatchkeyException {
        long key = varint();
        long field = key >>> 3;
        wireType = (int) (key & 7);
        if (field < 1 || field > 0x1FFF_FFFF) {
            throw damaged("a field number out of range");
        }
        if (wireType != VARINT && wireType != FIXED64 && wireType != LENGTH_DELIMITED && wireType != FIXED32) {
            throw damaged("an unsupported wire type " + wireType);
        }
        return (int) field;
    }

    int wireType() {
        return wireType;
    }

    /** A varint field's value (int32, int64 and enums all travel as up to ten bytes). */
    long varintField() throws LatchkeyException {
        expect(VARINT);
        return varint();
    }

    /** A length-delimited field's bytes, copied (the caller wipes them if they are secret). */
    byte[] bytesField() throws LatchkeyException {
        expect(LENGTH_DELIMITED);
        int length = length();
        byte[] out = Arrays.copyOfRange(data, pos, pos + length);
        pos += length;
        return out;
    }

    String stringField() throws LatchkeyException {
        expect(LENGTH_DELIMITED);
        int length = length();
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data, pos, length)).toString();
            pos += length;
            return s;
        } catch (CharacterCodingException e) {
            throw damaged("text that is not UTF-8");
        }
    }

    /** A nested message, read in place. */
    ProtoReader messageField(String nestedWhat) throws LatchkeyException {
        expect(LENGTH_DELIMITED);
        int length = length();
        ProtoReader nested = new ProtoReader(data, pos, pos + length, nestedWhat);
        pos += length;
        return nested;
    }

    /** Skips the current field, whatever its type. */
    void skipField() throws LatchkeyException {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> advance(8);
            case FIXED32 -> advance(4);
            case LENGTH_DELIMITED -> advance(length());
            default -> throw new IllegalStateException("no field to skip");
        }
    }

    private void expect(int type) throws LatchkeyException {
        if (wireType != type) {
            throw damaged("a field of the wrong type");
        }
    }

    private int length() throws LatchkeyException {
        long length = varint();
        if (length > end - pos) {
            throw damaged("a length beyond its end");
        }
        return (int) length;
    }

    private void advance(int n) throws LatchkeyException {
        if (n > end - pos) {
            throw damaged("a field beyond its end");
        }
        pos += n;
    }

    private long varint() throws LatchkeyException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw damaged("a number cut short");
            }
            int b = data[pos++] & 0xff;
            if (shift == 63 && b > 1) {
                throw damaged("a number longer than 64 bits");
            }
            value |= (long) (b & 0x7f) << shift;
            if (b < 0x80) {
                return value;
            }
        }
        throw damaged("a number longer than 64 bits");
    }

    private LatchkeyException damaged(String detail) {
        return new LatchkeyException(Status.DECODE, what + " is damaged: " + detail);
    }
}
