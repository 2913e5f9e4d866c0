package dev.latchkey.app.unlock;

import dev.latchkey.model.keychain.Keychain;

/** Asks for a keychain's password again before a protected secret is revealed. */
@FunctionalInterface
public interface Authenticator {
    /**
     * Shows the password prompt and waits (on the UI thread); true once the password was
     * confirmed with {@link Keychain#confirmPassword}, false when the user cancelled.
     */
    boolean authenticate(Keychain keychain, String reason);
}
