package dev.latchkey.model.audit;

/**
 * Rates a password from 0 (guessable) to 4 (strong), zxcvbn's scale. The audit reads the
 * array and then wipes it; an implementation must not keep it.
 */
@FunctionalInterface
public interface PasswordScorer {
    int score(char[] password);
}
