package dev.latchkey.crypto.otp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.latchkey.crypto.TestHex;
import dev.latchkey.crypto.secret.Secret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 4226 / RFC 6238 vectors and KeePassXC's code cases from ../shared/corpus/otp-rfc. */
class OtpKnownAnswerTest {
    @Test
    void rfc4226AppendixD() throws Exception {
        JsonNode hotp = OtpCorpus.json("otp-rfc-vectors.json").get("hotp");
        int checked = 0;
        try (Secret key = Secret.wrap(TestHex.hex(hotp.get("secret_hex").asText()))) {
            assertThat(Base32.decode(hotp.get("secret_base32").asText())).isEqualTo(key.bytes());
            for (JsonNode v : hotp.get("vectors")) {
                long counter = v.get("counter").asLong();
                byte[] hmac = Hotp.hmac(key, OtpAlgorithm.SHA1, counter);
                assertThat(TestHex.hex(hmac)).isEqualTo(v.get("hmac_sha1_hex").asText());
                assertThat(Hotp.truncate(hmac)).isEqualTo(v.get("truncated_dec").asInt());
                assertThat(Hotp.code(key, OtpAlgorithm.SHA1, counter, 6)).isEqualTo(v.get("hotp").asText());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void rfc6238AppendixBWithTheReferenceCodesSeeds() throws Exception {
        JsonNode totp = OtpCorpus.json("otp-rfc-vectors.json").get("totp");
        int digits = totp.get("digits").asInt();
        long step = totp.get("step_seconds").asLong();
        int checked = 0;
        for (JsonNode v : totp.get("vectors")) {
            OtpAlgorithm algorithm = OtpAlgorithm.byName(v.get("algorithm").asText()).orElseThrow();
            JsonNode seed = totp.get("secrets").get(algorithm.name());
            try (Secret key = Secret.wrap(Base32.decode(seed.get("base32").asText()))) {
                assertThat(TestHex.hex(key.bytes())).isEqualTo(seed.get("hex").asText());
                long time = v.get("unix_time").asLong();
                assertThat(Totp.timeStep(time, step)).isEqualTo(Long.parseUnsignedLong(v.get("t_hex").asText(), 16));
                assertThat(Totp.code(key, algorithm, digits, step, time)).as("%s at %d", algorithm, time)
                        .isEqualTo(v.get("totp").asText());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(18);
    }

    @Test
    void pycaCopiesOfTheSameVectors() throws Exception {
        int checked = 0;
        for (Map<String, String> v : pycaBlocks("rfc-4226.txt")) {
            try (Secret key = Secret.copyOf(v.get("SECRET").getBytes(StandardCharsets.US_ASCII))) {
                assertThat(Hotp.code(key, OtpAlgorithm.SHA1, Long.parseLong(v.get("COUNTER")), 6))
                        .isEqualTo(v.get("HOTP"));
                checked++;
            }
        }
        for (Map<String, String> v : pycaBlocks("rfc-6238.txt")) {
            try (Secret key = Secret.copyOf(v.get("SECRET").getBytes(StandardCharsets.US_ASCII))) {
                OtpAlgorithm algorithm = OtpAlgorithm.byName(v.get("MODE")).orElseThrow();
                assertThat(Totp.code(key, algorithm, 8, 30, Long.parseLong(v.get("TIME")))).isEqualTo(v.get("TOTP"));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(28);
    }

    @Test
    void keepassxcCodeCasesIncludingSteam() throws Exception {
        int steam = 0;
        int numeric = 0;
        for (JsonNode c : OtpCorpus.json("keepassxc-totp-cases.json").get("code_cases")) {
            long time = c.get("unix_time").asLong();
            try (Secret key = Secret.wrap(Base32.decode(c.get("secret_base32").asText()))) {
                if ("steam".equals(c.path("encoder").asText())) {
                    assertThat(SteamGuard.code(key, time)).isEqualTo(c.get("code").asText());
                    steam++;
                } else {
                    OtpAlgorithm algorithm = OtpAlgorithm.byName(c.get("algorithm").asText()).orElseThrow();
                    assertThat(Totp.code(key, algorithm, c.get("digits").asInt(), c.get("step").asLong(), time))
                            .isEqualTo(c.get("code").asText());
                    numeric++;
                }
            }
        }
        assertThat(steam).isEqualTo(2);
        assertThat(numeric).isEqualTo(4);
    }

    /** pyca's "KEY = value" blocks, separated by blank lines. */
    private static List<Map<String, String>> pycaBlocks(String name) throws Exception {
        List<Map<String, String>> blocks = new ArrayList<>();
        Map<String, String> current = new HashMap<>();
        for (String line : Files.readAllLines(OtpCorpus.dir().resolve("pyca-twofactor").resolve(name))) {
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    blocks.add(current);
                    current = new HashMap<>();
                }
            } else if (!line.startsWith("#")) {
                int eq = line.indexOf(" = ");
                current.put(line.substring(0, eq).trim(), line.substring(eq + 3).trim());
            }
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
