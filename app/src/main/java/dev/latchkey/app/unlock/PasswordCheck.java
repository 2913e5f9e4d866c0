package dev.latchkey.app.unlock;

import dev.latchkey.model.LatchkeyException;

/** What a password prompt does with the password: unlock a keychain, or confirm it again. */
@FunctionalInterface
public interface PasswordCheck {
    /** Must not keep {@code password}; the caller wipes it afterwards. */
    void check(char[] password) throws LatchkeyException;
}
