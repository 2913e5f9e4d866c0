package dev.latchkey.model.password;

/** The Password Assistant's kinds of password. */
public enum PasswordStyle {
    /** Random characters from the chosen classes. */
    RANDOM,
    /** Words from the EFF large list joined by hyphens (length = number of words). */
    MEMORABLE,
    /** Apple's strong-password shape {@code xxxxxx-xxxxxx-xxxxxx}: one capital, one digit. */
    APPLE,
    /** Digits only. */
    PIN
}
