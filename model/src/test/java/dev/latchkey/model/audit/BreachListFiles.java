package dev.latchkey.model.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/** Writes HIBP-format lists (upper-case hex, CR LF, sorted by hash) with known and random entries. */
final class BreachListFiles {
    private BreachListFiles() {
    }

    static byte[] sha1(String password) throws Exception {
        return MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code known} passwords with their counts, plus {@code randomLines} random hashes. */
    static Path write(Path file, Map<String, Long> known, int randomLines, boolean sortedByHash) throws Exception {
        TreeMap<String, Long> lines = new TreeMap<>();
        SplittableRandom random = new SplittableRandom(4);
        byte[] hash = new byte[20];
        for (int i = 0; i < randomLines; i++) {
            random.nextBytes(hash);
            lines.put(HexFormat.of().withUpperCase().formatHex(hash), random.nextLong(1, 5_000_000));
        }
        for (Map.Entry<String, Long> e : known.entrySet()) {
            lines.put(HexFormat.of().withUpperCase().formatHex(sha1(e.getKey())), e.getValue());
        }
        List<Map.Entry<String, Long>> order = new ArrayList<>(lines.entrySet());
        if (!sortedByHash) {
            order.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII)) {
            for (Map.Entry<String, Long> e : order) {
                out.write(e.getKey() + ":" + e.getValue() + "\r\n");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }
}
