package dev.latchkey.app.transfer;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.secret.Wipe;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The prompt for a protected file's passphrase. Holds the typed passphrase only between the
 * user's OK and the importer taking it; {@link #take()} hands it over.
 */
public final class PassphraseViewModel {
    private final String fileName;
    private final boolean again;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper submitted = new ReadOnlyBooleanWrapper();
    private char[] answer;

    public PassphraseViewModel(String fileName, boolean again, Messages messages) {
        this.fileName = fileName;
        this.again = again;
        this.messages = messages;
    }

    public String title() {
        return messages.get("passphrase.title", fileName);
    }

    public String message() {
        return messages.get("passphrase.message", fileName);
    }

    /** "The passphrase is not correct." after a wrong one, else empty. */
    public String error() {
        return again ? messages.get("passphrase.wrong") : "";
    }

    /** The user chose OK; ownership of {@code passphrase} passes here. Empty counts as not given. */
    public void submit(char[] passphrase) {
        if (passphrase.length == 0) {
            Wipe.chars(passphrase);
            return;
        }
        Wipe.chars(answer);
        answer = passphrase;
        submitted.set(true);
    }

    /** The passphrase given (the caller wipes it), or null when the prompt was cancelled. */
    public char[] take() {
        char[] out = answer;
        answer = null;
        return out;
    }

    public ReadOnlyBooleanProperty submittedProperty() {
        return submitted.getReadOnlyProperty();
    }
}
