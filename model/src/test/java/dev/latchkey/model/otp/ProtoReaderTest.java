package dev.latchkey.model.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ProtoReaderTest {
    @Test
    void readsVarintsOfEveryLengthIncludingNegativeInt32() throws Exception {
        long[] values = {0, 1, 127, 128, 300, 16_383, 16_384, Integer.MAX_VALUE, -1L, -2_000_000_000L,
            Long.MAX_VALUE, Long.MIN_VALUE};
        ProtoWriter w = new ProtoWriter();
        for (long v : values) {
            w.varint(7, v);
        }
        ProtoReader r = new ProtoReader(w.toByteArray(), "test data");
        for (long v : values) {
            assertThat(r.nextField()).isEqualTo(7);
            assertThat(r.wireType()).isEqualTo(ProtoReader.VARINT);
            assertThat(r.varintField()).isEqualTo(v);
        }
        assertThat(r.hasMore()).isFalse();
    }

    @Test
    void knownEncodingsFromTheProtobufDocs() throws Exception {
        // "08 96 01" is field 1 = 150; "12 07 74 65 73 74 69 6e 67" is field 2 = "testing".
        ProtoReader r = new ProtoReader(new ProtoWriter().rawBytes(0x08, 0x96, 0x01,
                0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67).toByteArray(), "test data");
        assertThat(r.nextField()).isEqualTo(1);
        assertThat(r.varintField()).isEqualTo(150);
        assertThat(r.nextField()).isEqualTo(2);
        assertThat(r.stringField()).isEqualTo("testing");
        assertThat(r.hasMore()).isFalse();
    }

    @Test
    void skipsFieldsOfEveryTypeAndReadsNestedMessages() throws Exception {
        byte[] data = new ProtoWriter().fixed32(9, 0xdeadbeef).fixed64(10, -5).varint(11, 1L << 40)
                .string(12, "skip me").message(1, new ProtoWriter().string(2, "inner").varint(3, 42))
                .varint(2, 7).toByteArray();
        ProtoReader r = new ProtoReader(data, "test data");
        for (int i = 0; i < 4; i++) {
            r.nextField();
            r.skipField();
        }
        assertThat(r.nextField()).isEqualTo(1);
        ProtoReader inner = r.messageField("inner");
        assertThat(inner.nextField()).isEqualTo(2);
        assertThat(inner.stringField()).isEqualTo("inner");
        assertThat(inner.nextField()).isEqualTo(3);
        assertThat(inner.varintField()).isEqualTo(42);
        assertThat(inner.hasMore()).isFalse();
        assertThat(r.nextField()).isEqualTo(2);
        assertThat(r.varintField()).isEqualTo(7);
        assertThat(r.hasMore()).isFalse();
    }

    @Test
    void damageIsADecodeErrorNamingTheData() {
        Reading varint = r -> {
            r.nextField();
            r.varintField();
        };
        Reading bytes = r -> {
            r.nextField();
            r.bytesField();
        };
        Reading string = r -> {
            r.nextField();
            r.stringField();
        };
        Reading skip = r -> {
            r.nextField();
            r.skipField();
        };
        assertDamaged(new byte[] {0x08}, varint, "a number cut short");
        assertDamaged(new byte[] {0x08, (byte) 0x80, (byte) 0x80}, varint, "a number cut short");
        assertDamaged(new byte[] {0x08, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x02}, varint, "a number longer than 64 bits");
        assertDamaged(new byte[] {0x08, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01}, varint, "a number longer than 64 bits");
        assertDamaged(new byte[] {0x12, 0x05, 'a', 'b'}, bytes, "a length beyond its end");
        assertDamaged(new byte[] {0x0b}, skip, "an unsupported wire type 3");
        assertDamaged(new byte[] {0x0c}, skip, "an unsupported wire type 4");
        assertDamaged(new byte[] {0x00, 0x01}, varint, "a field number out of range");
        assertDamaged(new byte[] {0x0d, 1, 2}, skip, "a field beyond its end");
        assertDamaged(new byte[] {0x12, 0x02, (byte) 0xc3, 0x28}, string, "text that is not UTF-8");
        assertDamaged(new byte[] {0x10, 0x01}, string, "a field of the wrong type");
        assertDamaged(new byte[] {0x12, 0x00}, varint, "a field of the wrong type");
    }

    @Test
    void randomBytesNeverEscapeAsAnythingButDecodeErrors() {
        SplittableRandom random = new SplittableRandom(20260102);
        for (int i = 0; i < 20_000; i++) {
            byte[] data = new byte[random.nextInt(0, 40)];
            random.nextBytes(data);
            try {
                walk(new ProtoReader(data, "random data"), 0);
            } catch (LatchkeyException e) {
                assertThat(e.status()).isEqualTo(Status.DECODE);
            }
        }
    }

    /** Reads everything: length-delimited fields alternately as strings and as messages. */
    private static void walk(ProtoReader r, int depth) throws LatchkeyException {
        while (r.hasMore()) {
            int field = r.nextField();
            if (r.wireType() == ProtoReader.LENGTH_DELIMITED && depth < 3 && field % 2 == 0) {
                walk(r.messageField("nested"), depth + 1);
            } else if (r.wireType() == ProtoReader.LENGTH_DELIMITED) {
                r.bytesField();
            } else {
                r.skipField();
            }
        }
    }

    @FunctionalInterface
    private interface Reading {
        void read(ProtoReader r) throws LatchkeyException;
    }

    private static void assertDamaged(byte[] data, Reading reading, String detail) {
        assertThatThrownBy(() -> reading.read(new ProtoReader(data, "the test data")))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> {
                    assertThat(e.status()).isEqualTo(Status.DECODE);
                    assertThat(e.getMessage()).isEqualTo("the test data is damaged: " + detail);
                });
    }
}
