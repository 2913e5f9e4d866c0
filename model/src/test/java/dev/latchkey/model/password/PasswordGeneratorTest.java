package dev.latchkey.model.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PasswordGeneratorTest {
    private final PasswordGenerator generator = new PasswordGenerator();

    @RepeatedTest(50)
    void randomHasEveryChosenClassAndNothingElse() {
        PasswordRules rules = new PasswordRules(12, true, true, true, true, true);
        String p = new String(generator.generate(PasswordStyle.RANDOM, rules));
        assertThat(p).hasSize(12);
        assertThat(p.chars().anyMatch(c -> PasswordGenerator.UPPER.indexOf(c) >= 0)).isTrue();
        assertThat(p.chars().anyMatch(c -> PasswordGenerator.LOWER.indexOf(c) >= 0)).isTrue();
        assertThat(p.chars().anyMatch(c -> PasswordGenerator.DIGITS.indexOf(c) >= 0)).isTrue();
        assertThat(p.chars().anyMatch(c -> PasswordGenerator.SYMBOLS.indexOf(c) >= 0)).isTrue();
        assertThat(p.chars().noneMatch(c -> PasswordGenerator.LOOK_ALIKES.indexOf(c) >= 0)).isTrue();
    }

    @Test
    void randomRespectsMissingClasses() {
        String p = new String(generator.generate(PasswordStyle.RANDOM, new PasswordRules(64, false, true, false, false, false)));
        assertThat(p).matches("[a-z]{64}");
    }

    @Test
    void randomIsUniformEnoughOverTheAlphabet() {
        PasswordRules rules = new PasswordRules(128, false, false, true, false, false);
        int[] counts = new int[10];
        for (int i = 0; i < 200; i++) {
            for (char c : generator.generate(PasswordStyle.RANDOM, rules)) {
                counts[c - '0']++;
            }
        }
        // 25,600 draws over 10 digits: each should be near 2,560 (±5 sigma ≈ ±240).
        for (int c : counts) {
            assertThat(c).isBetween(2300, 2820);
        }
    }

    @RepeatedTest(20)
    void memorableIsWordsFromTheEffList() {
        String p = new String(generator.generate(PasswordStyle.MEMORABLE, new PasswordRules(5, false, true, false, false, false)));
        String[] words = p.split("-");
        assertThat(words).hasSize(5);
        for (String w : words) {
            assertThat(WordList.words()).contains(w);
        }
    }

    @Test
    void memorableWithCapitalsAndADigit() {
        String p = new String(generator.generate(PasswordStyle.MEMORABLE, new PasswordRules(4, true, true, true, false, false)));
        assertThat(p.split("-")).hasSize(4).allMatch(w -> Character.isUpperCase(w.charAt(0)));
        assertThat(p.replaceAll("[^0-9]", "")).hasSize(1);
    }

    @RepeatedTest(50)
    void appleStyleShape() {
        String p = new String(generator.generate(PasswordStyle.APPLE, PasswordRules.defaults(PasswordStyle.APPLE)));
        assertThat(p).matches("[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}-[a-zA-Z0-9]{6}");
        assertThat(p.replaceAll("[^A-Z]", "")).hasSize(1);
        assertThat(p.replaceAll("[^0-9]", "")).hasSize(1);
    }

    @Test
    void pinIsDigits() {
        assertThat(new String(generator.generate(PasswordStyle.PIN, new PasswordRules(8, true, true, true, true, false))))
                .matches("[0-9]{8}");
    }

    @ParameterizedTest
    @EnumSource(PasswordStyle.class)
    void everyStyleIsFreshEachTimeAndHasPositiveEntropy(PasswordStyle style) {
        PasswordRules rules = PasswordRules.defaults(style);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            seen.add(new String(generator.generate(style, rules)));
        }
        assertThat(seen).hasSize(20);
        assertThat(generator.entropyBits(style, rules)).isGreaterThan(19);
    }

    @Test
    void entropyFigures() {
        assertThat(generator.entropyBits(PasswordStyle.PIN, new PasswordRules(6, false, false, true, false, false)))
                .isCloseTo(19.93, org.assertj.core.data.Offset.offset(0.01));
        assertThat(generator.entropyBits(PasswordStyle.MEMORABLE, new PasswordRules(5, false, true, false, false, false)))
                .isCloseTo(64.62, org.assertj.core.data.Offset.offset(0.01));
        // 20 characters over 26+26+10 = 62 symbols.
        assertThat(generator.entropyBits(PasswordStyle.RANDOM, new PasswordRules(20, true, true, true, false, false)))
                .isCloseTo(119.08, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void wordListIsTheEffLargeList() {
        assertThat(WordList.words()).hasSize(7772).startsWith("abacus").endsWith("zoom").doesNotHaveDuplicates()
                .as("no word holds the separator").noneMatch(w -> w.contains("-"));
    }
}
