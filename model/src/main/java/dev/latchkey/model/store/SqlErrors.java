package dev.latchkey.model.store;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** Classifies H2's SQL errors once, so callers see a {@link StoreException.Kind}. */
final class SqlErrors {
    private SqlErrors() {
    }

    static StoreException classify(SQLException e, String what) {
        StoreException.Kind kind = switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> StoreException.Kind.IN_USE;
            case ErrorCode.LOCK_TIMEOUT_1, ErrorCode.DEADLOCK_1, ErrorCode.CONCURRENT_UPDATE_1 ->
                    StoreException.Kind.BUSY;
            case ErrorCode.DUPLICATE_KEY_1 -> StoreException.Kind.DUPLICATE;
            case ErrorCode.DATABASE_NOT_FOUND_1, ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1 ->
                    StoreException.Kind.NOT_FOUND;
            case ErrorCode.TABLE_OR_VIEW_NOT_FOUND_1, ErrorCode.TABLE_OR_VIEW_NOT_FOUND_WITH_CANDIDATES_2,
                    ErrorCode.TABLE_OR_VIEW_NOT_FOUND_DATABASE_EMPTY_1, ErrorCode.COLUMN_NOT_FOUND_1 ->
                    StoreException.Kind.NOT_A_KEYCHAIN;
            case ErrorCode.FILE_CORRUPTED_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                    ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.GENERAL_ERROR_1,
                    ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_ENCRYPTION_ERROR_1,
                    ErrorCode.WRONG_USER_OR_PASSWORD ->
                    StoreException.Kind.CORRUPT;
            default -> StoreException.Kind.IO;
        };
        if (kind == StoreException.Kind.IN_USE) {
            // Latchkey opens a file only as its owner; H2 finding it open means someone else has it.
            return new StoreException(kind, "the keychain file is open in a program other than Latchkey", e);
        }
        return new StoreException(kind, what + ": " + firstLine(e.getMessage()), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "database error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
