package dev.latchkey.model.password;

import java.util.List;

/**
 * How strong a password is, per zxcvbn: a score from 0 (too guessable) to 4 (very unguessable),
 * the estimated guesses as bits, a warning and suggestions in plain words, and how long an
 * offline attacker against a slow hash would need.
 */
public record PasswordStrength(int score, double entropyBits, String warning, List<String> suggestions,
        String crackTime) {
    public PasswordStrength {
        suggestions = List.copyOf(suggestions);
    }

    /** A one-word verdict for the meter. */
    public String verdict() {
        return switch (score) {
            case 0 -> "Very weak";
            case 1 -> "Weak";
            case 2 -> "Fair";
            case 3 -> "Good";
            default -> "Excellent";
        };
    }

    /** Too weak to protect a keychain at all: refused. */
    public boolean isVeryWeak() {
        return score <= 1;
    }

    /** Acceptable, but worth a warning. */
    public boolean isWeak() {
        return score == 2;
    }
}
