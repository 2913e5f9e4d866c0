package dev.latchkey.model.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.crypto.otp.Base32;
import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import org.junit.jupiter.api.Test;

/** KeePassXC's parsing cases (tests/TestTotp.cpp) from ../shared/corpus/otp-rfc. */
class KeePassOtpFieldsTest {
    @Test
    void keepassxcParseCases() throws Exception {
        int checked = 0;
        for (JsonNode c : OtpCorpus.json("keepassxc-totp-cases.json").get("parse_cases")) {
            String format = c.get("format").asText();
            JsonNode expect = c.get("expect");
            if (expect.isNull()) {
                assertThatThrownBy(() -> parse(c)).as(format).isInstanceOfSatisfying(LatchkeyException.class,
                        e -> assertThat(e.status()).isEqualTo(Status.PARAM));
                checked++;
                continue;
            }
            try (OtpCredential credential = parse(c)) {
                OtpParameters p = credential.parameters();
                if (expect.has("key")) {
                    assertThat(credential.seed().bytes()).as(format).isEqualTo(Base32.decode(expect.get("key").asText()));
                }
                if ("steam".equals(expect.path("encoder").asText())) {
                    assertThat(p.type()).as(format).isEqualTo(OtpType.STEAM);
                }
                if (expect.has("digits")) {
                    assertThat(p.digits()).as(format).isEqualTo(expect.get("digits").asInt());
                }
                if (expect.has("algorithm")) {
                    assertThat(p.algorithm()).as(format).isEqualTo(OtpAlgorithm.byName(expect.get("algorithm").asText()).orElseThrow());
                }
                if (c.has("note")) {
                    // KeePassXC cuts periods to a day; Latchkey keeps what the URI says.
                    assertThat(p.periodSeconds()).as(format).isEqualTo(90_000);
                } else if (expect.has("step")) {
                    assertThat(p.periodSeconds()).as(format).isEqualTo(expect.get("step").asLong());
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10);
    }

    private static OtpCredential parse(JsonNode c) throws LatchkeyException {
        return c.has("input") ? KeePassOtpFields.parseOtpField(c.get("input").asText())
                : KeePassOtpFields.parseLegacy(c.get("seed").asText(), c.get("settings").asText());
    }

    @Test
    void keeOtpHotpAndErrors() throws Exception {
        try (OtpCredential c = KeePassOtpFields.parseOtpField("key=JBSWY3DPEHPK3PXP&type=Hotp&counter=5&size=7")) {
            assertThat(c.parameters()).isEqualTo(new OtpParameters(OtpType.HOTP, OtpAlgorithm.SHA1, 7, 30, 5, "", ""));
        }
        assertThatThrownBy(() -> KeePassOtpFields.parseOtpField("step=30")).isInstanceOfSatisfying(
                LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> KeePassOtpFields.parseOtpField("key=JBSWY3DP&otpHashMode=Md5")).isInstanceOfSatisfying(
                LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.UNSUPPORTED_FORMAT));
        assertThatThrownBy(() -> KeePassOtpFields.parseOtpField("key=JBSWY3D1")).isInstanceOfSatisfying(
                LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.DECODE));
        assertThatThrownBy(() -> KeePassOtpFields.parseLegacy("JBSWY3DP", "x;8")).isInstanceOfSatisfying(
                LatchkeyException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("TOTP Settings period must be a whole number, not \"x\""));
    }
}
