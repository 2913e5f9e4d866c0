package dev.latchkey.model.keychain;

/**
 * Hears how far a long operation (reading a large file, a large write) has got, and may stop
 * it: returning false ends it with {@code USER_CANCELED}; a write is then rolled back whole.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> true;

    /** {@code done} of {@code total} steps are finished; false cancels. */
    boolean proceed(long done, long total);
}
