package dev.latchkey.model.password;

/**
 * What the generator may use. For {@link PasswordStyle#MEMORABLE} the length counts words,
 * {@code upper} capitalises them and {@code digits}/{@code symbols} add one of each; for
 * {@link PasswordStyle#APPLE} the length is fixed at 20.
 */
public record PasswordRules(int length, boolean upper, boolean lower, boolean digits, boolean symbols,
        boolean excludeLookAlikes) {
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 128;

    public static PasswordRules defaults(PasswordStyle style) {
        return switch (style) {
            case RANDOM -> new PasswordRules(20, true, true, true, true, true);
            case MEMORABLE -> new PasswordRules(5, true, true, true, false, false);
            case APPLE -> new PasswordRules(20, true, true, true, false, true);
            case PIN -> new PasswordRules(6, false, false, true, false, false);
        };
    }
}
