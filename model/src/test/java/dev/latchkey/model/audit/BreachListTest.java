package dev.latchkey.model.audit;

import static dev.latchkey.model.audit.BreachListFiles.sha1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BreachListTest {
    @TempDir
    Path dir;

    private static final Map<String, Long> KNOWN = Map.of("password", 9_545_824L, "123456", 37_359_195L,
            "correct horse battery staple", 384L, "hunter2", 29_310L);

    @Test
    void findsListedHashesAndOnlyThoseReadingKilobytesOfAManyMegabyteFile() throws Exception {
        Path file = BreachListFiles.write(dir.resolve("pwned-passwords-sha1-ordered-by-hash-v8.txt"), KNOWN, 400_000, true);
        assertThat(Files.size(file)).isGreaterThan(19_000_000L);
        try (BreachList list = BreachList.open(file)) {
            for (Map.Entry<String, Long> e : KNOWN.entrySet()) {
                assertThat(list.count(sha1(e.getKey()))).as(e.getKey()).isEqualTo(e.getValue());
            }
            assertThat(list.count(sha1("a password nobody has ever used, surely"))).isZero();
            assertThat(list.count(new byte[20])).isZero();
            byte[] max = new byte[20];
            java.util.Arrays.fill(max, (byte) 0xff);
            assertThat(list.count(max)).isZero();
            // Every random line is found too: first, last and some in between.
            List<String> lines = Files.readAllLines(file);
            for (int i : new int[] {0, 1, lines.size() / 3, lines.size() / 2, lines.size() - 2, lines.size() - 1}) {
                String[] parts = lines.get(i).split(":");
                assertThat(list.count(HexFormat.of().parseHex(parts[0]))).isEqualTo(Long.parseLong(parts[1].strip()));
            }
            assertThat(list.bytesRead() / (KNOWN.size() + 9)).as("bytes read per lookup").isLessThan(8_192);
        }
    }

    @Test
    void reportsProgressAndStopsWhenInterrupted() throws Exception {
        Path file = BreachListFiles.write(dir.resolve("small.txt"), KNOWN, 1_000, true);
        List<byte[]> hashes = new ArrayList<>();
        for (String p : List.of("password", "not listed", "hunter2")) {
            hashes.add(sha1(p));
        }
        List<String> seen = new ArrayList<>();
        try (BreachList list = BreachList.open(file)) {
            assertThat(list.counts(hashes, (done, total) -> seen.add(done + "/" + total)))
                    .containsExactly(9_545_824L, 0L, 29_310L);
            assertThat(seen).containsExactly("1/3", "2/3", "3/3");
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> list.counts(hashes, AuditProgress.NONE)).isInstanceOfSatisfying(
                        LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.USER_CANCELED));
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void aListOrderedByCountIsRefusedNotSilentlyMissed() throws Exception {
        Path file = BreachListFiles.write(dir.resolve("pwned-passwords-sha1-ordered-by-count-v8.txt"), KNOWN, 50_000, false);
        try (BreachList list = BreachList.open(file)) {
            assertThatThrownBy(() -> {
                for (String p : List.of("password", "123456", "hunter2", "correct horse battery staple", "x", "y")) {
                    list.count(sha1(p));
                }
            }).isInstanceOfSatisfying(LatchkeyException.class, e -> {
                assertThat(e.status()).isEqualTo(Status.UNSUPPORTED_FORMAT);
                assertThat(e.getMessage()).contains("is not sorted by hash");
            });
        }
    }

    @Test
    void otherFilesAreRefusedWithAReason() throws Exception {
        assertRefused(Files.writeString(dir.resolve("empty.txt"), ""), Status.UNSUPPORTED_FORMAT,
                "the breach list empty.txt is empty");
        assertRefused(Files.writeString(dir.resolve("ntlm.txt"), "00000000DD0F5C1A4A3E6E1B9B1F5B2D:3\r\n"),
                Status.UNSUPPORTED_FORMAT, "the breach list ntlm.txt is not in the SHA-1 \"HASH:COUNT\" format of Have I Been Pwned");
        assertRefused(Files.writeString(dir.resolve("notes.txt"), "Dear diary, today I downloaded a list.\n"),
                Status.UNSUPPORTED_FORMAT, "the breach list notes.txt is not in the SHA-1 \"HASH:COUNT\" format of Have I Been Pwned");
        assertRefused(dir.resolve("missing.txt"), Status.IO, "the breach list missing.txt does not exist");
    }

    private static void assertRefused(Path file, Status status, String message) {
        assertThatThrownBy(() -> BreachList.open(file).close()).isInstanceOfSatisfying(LatchkeyException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
