package dev.latchkey.app.cli;

import dev.latchkey.model.LatchkeyException;

/** Asks the person at the terminal for a password, without echo. */
public interface PasswordPrompt {
    /** The typed password; the caller wipes it. */
    char[] ask(String prompt) throws LatchkeyException;
}
