package dev.latchkey.model.keychain;

import dev.latchkey.model.LatchkeyException;

/**
 * Where a keychain password comes from when one is needed: a prompt, a file, a field. Asked
 * only when the keychain is not already unlocked for the user; the caller of {@link #get}
 * wipes the result.
 */
@FunctionalInterface
public interface PasswordSource {
    char[] get() throws LatchkeyException;
}
