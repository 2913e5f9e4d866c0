package dev.latchkey.app.transfer;

/** Asks for the passphrase of a protected file, behind an interface so the import is testable without a window. */
@FunctionalInterface
public interface PassphrasePrompt {
    /**
     * Shows the prompt and waits (on the UI thread).
     *
     * @param again true when the last passphrase given for this file was wrong
     * @return the passphrase, which the caller wipes; null when the user cancelled
     */
    char[] ask(String fileName, boolean again);
}
