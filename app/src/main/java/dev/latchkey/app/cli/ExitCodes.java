package dev.latchkey.app.cli;

import dev.latchkey.model.Status;

/** Exit codes of architecture §6, one place. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int OTHER = 1;
    public static final int USAGE = 2;
    public static final int NOT_FOUND = 44;
    public static final int DUPLICATE = 45;
    public static final int AUTH_FAILED = 51;
    public static final int LOCKED_OR_IN_USE = 52;
    public static final int TRUST_FAILED = 60;
    public static final int BAD_INPUT = 65;

    private ExitCodes() {
    }

    public static int of(Status status) {
        return switch (status) {
            case SUCCESS -> OK;
            case PARAM -> USAGE;
            case ITEM_NOT_FOUND -> NOT_FOUND;
            case DUPLICATE_ITEM, DUPLICATE_KEYCHAIN -> DUPLICATE;
            case AUTH_FAILED -> AUTH_FAILED;
            case KEYCHAIN_LOCKED, KEYCHAIN_IN_USE, INTERACTION_REQUIRED -> LOCKED_OR_IN_USE;
            case TRUST_FAILED -> TRUST_FAILED;
            case DECODE, UNSUPPORTED_FORMAT, INVALID_KEYCHAIN, PASSPHRASE_REQUIRED, WRONG_PASSPHRASE -> BAD_INPUT;
            default -> OTHER;
        };
    }
}
