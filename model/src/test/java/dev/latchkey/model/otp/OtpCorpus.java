package dev.latchkey.model.otp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** The OTP cases in ../shared/corpus/otp-rfc; tests skip (saying why) when the corpus is absent. */
final class OtpCorpus {
    private OtpCorpus() {
    }

    static JsonNode json(String name) throws IOException {
        String root = System.getProperty("latchkey.corpus");
        Path dir = root == null ? null : Path.of(root, "otp-rfc");
        if (dir == null || !Files.isDirectory(dir)) {
            Assumptions.abort("corpus not found at " + dir + " (set -Dlatchkey.corpus)");
        }
        return new ObjectMapper().readTree(dir.resolve(name).toFile());
    }
}
