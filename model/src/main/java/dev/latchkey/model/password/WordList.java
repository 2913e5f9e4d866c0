package dev.latchkey.model.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The EFF large word list (CC BY 3.0 US), shipped in the jar, loaded once: its 7,776 words but
 * the four with a hyphen (drop-down, felt-tip, t-shirt, yo-yo), since a hyphen separates the
 * words of a memorable password and each word must be told apart.
 */
final class WordList {
    static final int SIZE = 7772;

    private static final class Holder {
        static final List<String> WORDS = load();
    }

    private WordList() {
    }

    static List<String> words() {
        return Holder.WORDS;
    }

    private static List<String> load() {
        try (InputStream in = WordList.class.getResourceAsStream("eff_large_wordlist.txt")) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> words = new ArrayList<>(SIZE);
            for (String line; (line = r.readLine()) != null;) {
                if (!line.isBlank() && line.indexOf('-') < 0) {
                    words.add(line.strip());
                }
            }
            if (words.size() != SIZE) {
                throw new IllegalStateException("word list has " + words.size() + " words, expected " + SIZE);
            }
            return List.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
