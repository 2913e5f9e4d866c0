package dev.latchkey.crypto.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.random.Randoms;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class Base32Test {
    /** RFC 4648 §10, with and without padding. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|''", "f|MY======", "fo|MZXQ====", "foo|MZXW6===", "foob|MZXW6YQ=", "fooba|MZXW6YTB",
        "foobar|MZXW6YTBOI======"})
    void rfc4648Vectors(String plain, String encoded) throws Exception {
        byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.decode(encoded)).isEqualTo(bytes);
        String unpadded = encoded.replace("=", "");
        assertThat(Base32.decode(unpadded)).isEqualTo(bytes);
        assertThat(new String(Base32.encode(bytes))).isEqualTo(unpadded);
    }

    @Test
    void forgivesLowerCaseSpacesAndMissingPadding() throws Exception {
        byte[] expected = Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(expected);
        assertThat(Base32.decode(" GEZDgnbvGY3TQOJQ\tGEZDGNBVGY3TQOJQ\r\n")).isEqualTo(expected);
        assertThat(Base32.decode("HXDMVJECJJWSRBY=")).isEqualTo(Base32.decode("hxdmvjecjjwsrby"));
        assertThat(Base32.decode("MZXW6 YQ=")).isEqualTo("foob".getBytes(StandardCharsets.US_ASCII));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GEZDGNBV1Y3TQOJQ", "GEZDGNBV8", "GEZD-GNBV", "MZXW6YQ=A", "MZXW6YQ==", "MZXW6==",
        "A", "ABC", "ABCDEF", "ABCDEFGHI", "========", "MZXW6YQ=MZXW6YQ=", "GEZDÄGNB", "GEZD_GNB"})
    void refusesEverythingElse(String text) {
        assertThatThrownBy(() -> Base32.decode(text)).isInstanceOf(Base32FormatException.class)
                .hasMessageNotContaining(text);
    }

    @Test
    void namesThePositionOfABadCharacter() {
        assertThatThrownBy(() -> Base32.decode("ab c1")).hasMessage("not a Base32 character at position 5");
    }

    @Test
    void roundTripsRandomBytes() throws Exception {
        for (int length = 0; length < 70; length++) {
            byte[] data = Randoms.bytes(length);
            char[] encoded = Base32.encode(data);
            assertThat(encoded).hasSize((length * 8 + 4) / 5);
            assertThat(Base32.decode(new String(encoded).toLowerCase())).isEqualTo(data);
        }
    }
}
