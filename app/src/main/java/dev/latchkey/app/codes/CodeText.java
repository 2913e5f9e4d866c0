package dev.latchkey.app.codes;

/** How a one-time code reads on screen: digits in two groups, as authenticator apps show them. */
final class CodeText {
    private CodeText() {
    }

    /** "123 456", "123 4567", "1234 5678"; Steam's letters stay as they are. */
    static String grouped(String code) {
        if (code.length() < 6 || !code.chars().allMatch(Character::isDigit)) {
            return code;
        }
        int split = code.length() == 8 ? 4 : 3;
        return code.substring(0, split) + " " + code.substring(split);
    }

    /** Placeholder dots in the code's shape, for a code not shown. */
    static String hidden(int digits) {
        return grouped("0".repeat(Math.max(digits, 5))).replace('0', '•');
    }
}
