package dev.latchkey.model.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeCodecTest {
    private static final ItemAttributes EVERY_TYPE = ItemAttributes.builder()
            .set(Attribute.LABEL, "Bänk — Zoë 🔑")
            .set(Attribute.PORT, 8443)
            .set(Attribute.REQUIRE_PASSWORD, true)
            .set(Attribute.CREATED, Instant.parse("2026-01-02T03:04:05.123456789Z"))
            .set(Attribute.URLS, List.of("https://a.example/", "https://b.example/ü"))
            .set(Attribute.GENERIC, new byte[] {0, 1, (byte) 0xff})
            .build();

    @Test
    void roundTripsEveryValueType() throws Exception {
        assertThat(AttributeCodec.decode(AttributeCodec.encode(EVERY_TYPE))).isEqualTo(EVERY_TYPE);
        assertThat(AttributeCodec.decode(AttributeCodec.encode(ItemAttributes.empty()))).isEqualTo(ItemAttributes.empty());
    }

    @Test
    void skipsTagsFromANewerVersion() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(AttributeCodec.encode(ItemAttributes.builder().set(Attribute.ACCOUNT, "alice").build()));
            out.writeShort(999);
            out.writeByte(AttributeType.STRING.ordinal());
            byte[] v = "from the future".getBytes(StandardCharsets.UTF_8);
            out.writeInt(v.length);
            out.write(v);
        }
        assertThat(AttributeCodec.decode(bytes.toByteArray()).text(Attribute.ACCOUNT)).isEqualTo("alice");
    }

    @Test
    void refusesEveryTruncationAndBadInput() throws Exception {
        byte[] good = AttributeCodec.encode(EVERY_TYPE);
        // Cutting exactly after an attribute leaves a shorter valid encoding: the attributes before it.
        Map<Integer, ItemAttributes> prefixes = new HashMap<>();
        ItemAttributes.Builder prefix = ItemAttributes.builder();
        prefixes.put(AttributeCodec.encode(prefix.build()).length, prefix.build());
        for (Attribute a : EVERY_TYPE.keys()) {
            prefix.set(a, EVERY_TYPE.get(a));
            prefixes.put(AttributeCodec.encode(prefix.build()).length, prefix.build());
        }
        for (int length = 0; length < good.length; length++) {
            byte[] cut = Arrays.copyOf(good, length);
            if (prefixes.containsKey(length)) {
                assertThat(AttributeCodec.decode(cut)).isEqualTo(prefixes.get(length));
            } else {
                assertThatThrownBy(() -> AttributeCodec.decode(cut)).as("cut at %d", length)
                        .isInstanceOf(AttributeCodec.MalformedItemException.class);
            }
        }
        assertThatThrownBy(() -> AttributeCodec.decode(new byte[0]))
                .isInstanceOf(AttributeCodec.MalformedItemException.class);
        assertThatThrownBy(() -> AttributeCodec.decode(new byte[] {2}))
                .isInstanceOf(AttributeCodec.MalformedItemException.class);
        byte[] wrongType = AttributeCodec.encode(ItemAttributes.builder().set(Attribute.ACCOUNT, "a").build());
        wrongType[3] = (byte) AttributeType.BYTES.ordinal();
        assertThatThrownBy(() -> AttributeCodec.decode(wrongType))
                .isInstanceOf(AttributeCodec.MalformedItemException.class);
        byte[] hugeLength = AttributeCodec.encode(ItemAttributes.builder().set(Attribute.ACCOUNT, "a").build());
        hugeLength[4] = 0x7f;
        assertThatThrownBy(() -> AttributeCodec.decode(hugeLength))
                .isInstanceOf(AttributeCodec.MalformedItemException.class);
    }

    @Test
    void decodedAttributesAreInTheBuildersNormalForm() throws Exception {
        ItemAttributes built = ItemAttributes.builder().set(Attribute.LABEL, "Mail").set(Attribute.PORT, 993)
                .set(Attribute.URLS, java.util.List.of("https://mail.example")).set(Attribute.GENERIC, new byte[] {1, 2})
                .set(Attribute.REQUIRE_PASSWORD, true).build();
        ItemAttributes decoded = AttributeCodec.decode(AttributeCodec.encode(built));
        org.assertj.core.api.Assertions.assertThat(decoded).isEqualTo(built);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> decoded.list(Attribute.URLS).add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        byte[] copy = decoded.bytes(Attribute.GENERIC).orElseThrow();
        copy[0] = 9;
        org.assertj.core.api.Assertions.assertThat(decoded.bytes(Attribute.GENERIC).orElseThrow())
                .as("callers get copies").containsExactly(1, 2);
    }
}
