package dev.latchkey.model.password;

import dev.latchkey.crypto.random.Randoms;
import java.util.Arrays;
import java.util.List;

/**
 * Generates passwords on {@code SecureRandom} (via {@link Randoms}). Results are char arrays
 * the caller wipes. Every selected character class appears at least once in random passwords.
 */
public final class PasswordGenerator {
    static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    static final String DIGITS = "0123456789";
    static final String SYMBOLS = "!#$%&()*+,-./:;<=>?@[]^_{}~";
    /** Characters that are easy to misread for one another in common fonts. */
    static final String LOOK_ALIKES = "0O1lI|5S2Z8B";

    public char[] generate(PasswordStyle style, PasswordRules rules) {
        return switch (style) {
            case RANDOM -> random(rules);
            case MEMORABLE -> memorable(rules);
            case APPLE -> apple();
            case PIN -> pin(rules.length());
        };
    }

    /** The entropy in bits of what {@link #generate} draws from, for the assistant to show. */
    public double entropyBits(PasswordStyle style, PasswordRules rules) {
        return switch (style) {
            case RANDOM -> clampLength(rules.length()) * log2(alphabet(rules).length());
            case MEMORABLE -> {
                int words = clampWords(rules.length());
                double bits = words * log2(WordList.SIZE);
                if (rules.digits()) {
                    bits += log2(10) + log2(words);
                }
                if (rules.symbols()) {
                    bits += log2(SYMBOLS.length());
                }
                yield bits;
            }
            case APPLE -> 16 * log2(APPLE_LOWER.length()) + log2(18 * 17) + log2(APPLE_UPPER.length())
                    + log2(APPLE_DIGITS.length());
            case PIN -> clampLength(rules.length()) * log2(10);
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    private static int clampLength(int n) {
        return Math.max(PasswordRules.MIN_LENGTH, Math.min(PasswordRules.MAX_LENGTH, n));
    }

    private static int clampWords(int n) {
        return Math.max(3, Math.min(12, n));
    }

    static String alphabet(PasswordRules rules) {
        StringBuilder sb = new StringBuilder();
        for (String cls : classes(rules)) {
            sb.append(cls);
        }
        return sb.toString();
    }

    private static List<String> classes(PasswordRules rules) {
        List<String> out = new java.util.ArrayList<>();
        if (rules.upper()) {
            out.add(filter(UPPER, rules));
        }
        if (rules.lower()) {
            out.add(filter(LOWER, rules));
        }
        if (rules.digits()) {
            out.add(filter(DIGITS, rules));
        }
        if (rules.symbols()) {
            out.add(filter(SYMBOLS, rules));
        }
        if (out.isEmpty()) {
            out.add(filter(LOWER, rules));
        }
        return out;
    }

    private static String filter(String chars, PasswordRules rules) {
        if (!rules.excludeLookAlikes()) {
            return chars;
        }
        StringBuilder sb = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if (LOOK_ALIKES.indexOf(c) < 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static char[] random(PasswordRules rules) {
        List<String> classes = classes(rules);
        int length = Math.max(clampLength(rules.length()), classes.size());
        String all = alphabet(rules);
        char[] out = new char[length];
        // One from each class, the rest from everything, then a Fisher–Yates shuffle.
        for (int i = 0; i < classes.size(); i++) {
            out[i] = pick(classes.get(i));
        }
        for (int i = classes.size(); i < length; i++) {
            out[i] = pick(all);
        }
        shuffle(out);
        return out;
    }

    /** Builds the passphrase straight into a char array, so it never exists as a String. */
    private static char[] memorable(PasswordRules rules) {
        List<String> words = WordList.words();
        int count = clampWords(rules.length());
        String[] chosen = new String[count];
        int length = count - 1;
        for (int i = 0; i < count; i++) {
            chosen[i] = words.get(Randoms.nextInt(words.size()));
            length += chosen[i].length();
        }
        int digitAfter = rules.digits() ? Randoms.nextInt(count) : -1;
        char separator = rules.symbols() ? pick(SYMBOLS) : '-';
        char[] out = new char[length + (digitAfter >= 0 ? 1 : 0)];
        int p = 0;
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                out[p++] = separator;
            }
            String w = chosen[i];
            for (int c = 0; c < w.length(); c++) {
                out[p++] = c == 0 && rules.upper() ? Character.toUpperCase(w.charAt(0)) : w.charAt(c);
            }
            if (i == digitAfter) {
                out[p++] = pick(DIGITS);
            }
        }
        Arrays.fill(chosen, null);
        return out;
    }

    private static final String APPLE_LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String APPLE_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String APPLE_DIGITS = "23456789";

    /** Like Safari's strong passwords: 18 lower-case letters, one made a capital and one a digit. */
    private static char[] apple() {
        char[] body = new char[18];
        for (int i = 0; i < body.length; i++) {
            body[i] = pick(APPLE_LOWER);
        }
        int upper = Randoms.nextInt(18);
        int digit;
        do {
            digit = Randoms.nextInt(18);
        } while (digit == upper);
        body[upper] = pick(APPLE_UPPER);
        body[digit] = pick(APPLE_DIGITS);
        char[] out = new char[20];
        for (int i = 0, j = 0; i < 20; i++) {
            out[i] = (i == 6 || i == 13) ? '-' : body[j++];
        }
        Arrays.fill(body, '\0');
        return out;
    }

    private static char[] pin(int length) {
        char[] out = new char[clampLength(length)];
        for (int i = 0; i < out.length; i++) {
            out[i] = pick(DIGITS);
        }
        return out;
    }

    private static char pick(String chars) {
        return chars.charAt(Randoms.nextInt(chars.length()));
    }

    private static void shuffle(char[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = Randoms.nextInt(i + 1);
            char t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
