package dev.latchkey.model.otp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.crypto.otp.OtpAlgorithm;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * KeePass 2's own one-time-code fields ({@code TimeOtp-*}, {@code HmacOtp-*}): each secret
 * encoding gives the same seed, and the code is the one oathtool computes from it.
 */
class KeePass2OtpFieldsTest {
    private static final String HEX = "3132333435363738393031323334353637383930";

    @Test
    void everySecretEncodingGivesTheSameSeed() throws Exception {
        for (Map<String, String> fields : List.of(
                Map.of("TimeOtp-Secret", "12345678901234567890"),
                Map.of("TimeOtp-Secret-Hex", HEX),
                Map.of("TimeOtp-Secret-Base32", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
                Map.of("TimeOtp-Secret-Base64", "MTIzNDU2Nzg5MDEyMzQ1Njc4OTA="))) {
            try (OtpCredential c = KeePassOtpFields.parseKeePass2(fields).orElseThrow()) {
                assertThat(HexFormat.of().formatHex(c.seed().bytes())).as(fields.toString()).isEqualTo(HEX);
                assertThat(c.parameters().type()).isEqualTo(OtpType.TOTP);
                assertThat(c.parameters().digits()).isEqualTo(6);
                assertThat(c.parameters().periodSeconds()).isEqualTo(30);
            }
        }
        assertThat(KeePassOtpFields.parseKeePass2(Map.of("Other", "x"))).isEmpty();
    }

    @Test
    void totpSettingsGiveOathtoolsCode() throws Exception {
        try (OtpCredential c = KeePassOtpFields.parseKeePass2(Map.of("TimeOtp-Secret-Hex", HEX,
                "TimeOtp-Length", "8", "TimeOtp-Period", "60", "TimeOtp-Algorithm", "HMAC-SHA-256")).orElseThrow()) {
            assertThat(c.parameters().algorithm()).isEqualTo(OtpAlgorithm.SHA256);
            long time = 1_700_000_123L;
            String ours = OtpGenerator.code(c.parameters(), c.seed(), Instant.ofEpochSecond(time)).code();
            assertThat(ours).isEqualTo(oathtool("--totp=sha256", "-d", "8", "-s", "60", "-N", "@" + time, HEX));
        }
    }

    @Test
    void hotpKeepsItsCounter() throws Exception {
        try (OtpCredential c = KeePassOtpFields.parseKeePass2(Map.of("HmacOtp-Secret", "12345678901234567890",
                "HmacOtp-Counter", "5")).orElseThrow()) {
            assertThat(c.parameters().type()).isEqualTo(OtpType.HOTP);
            assertThat(c.parameters().counter()).isEqualTo(5);
            assertThat(OtpGenerator.code(c.parameters(), c.seed(), Instant.EPOCH).code())
                    .isEqualTo(oathtool("-c", "5", HEX));
        }
    }

    @Test
    void badSettingsAreOneClearError() {
        assertThatThrownBy(() -> KeePassOtpFields.parseKeePass2(Map.of("TimeOtp-Secret-Hex", "zz")))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.DECODE));
        assertThatThrownBy(() -> KeePassOtpFields.parseKeePass2(Map.of("TimeOtp-Secret", "x",
                "TimeOtp-Algorithm", "HMAC-MD5"))).isInstanceOfSatisfying(LatchkeyException.class,
                        e -> assertThat(e.status()).isEqualTo(Status.UNSUPPORTED_FORMAT));
    }

    private static String oathtool(String... args) throws Exception {
        Path tool = Path.of("/usr/bin/oathtool");
        if (!Files.isExecutable(tool)) {
            Assumptions.abort("oathtool is not installed (apt-get install -y oathtool)");
        }
        List<String> command = new java.util.ArrayList<>(List.of(tool.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
