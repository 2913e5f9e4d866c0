package dev.latchkey.app.unlock;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import java.util.function.Consumer;

/**
 * Reads an item's secret off the UI thread. When the model answers INTERACTION_REQUIRED (the
 * item asks for the keychain password and none was given in the last minute), it asks for
 * the password and tries once more. The secret is wiped after {@code use} returns.
 */
public final class SecretReader {
    private final TaskRunner runner;
    private final Authenticator authenticator;
    private final ErrorPresenter errors;

    public SecretReader(TaskRunner runner, Authenticator authenticator, ErrorPresenter errors) {
        this.runner = runner;
        this.authenticator = authenticator;
        this.errors = errors;
    }

    /**
     * @param reason what the prompt says Latchkey wants to do
     * @param use gets the open secret on the UI thread; must not keep it
     * @param notRead runs when the secret was not read (cancelled or failed)
     */
    public void read(Keychain keychain, Item item, String reason, Consumer<Secret> use, Runnable notRead) {
        read(keychain, item, SecretKind.PRIMARY, reason, use, notRead);
    }

    /** The same for another of the item's secrets (its fields or attachments). */
    public void read(Keychain keychain, Item item, SecretKind kind, String reason, Consumer<Secret> use,
            Runnable notRead) {
        read(keychain, item, kind, reason, use, notRead, true);
    }

    private void read(Keychain keychain, Item item, SecretKind kind, String reason, Consumer<Secret> use,
            Runnable notRead, boolean mayAsk) {
        runner.run(() -> keychain.readSecret(item.id(), kind))
                .onSuccess(secret -> {
                    try (secret) {
                        use.accept(secret);
                    }
                })
                .onFailure(e -> {
                    if (mayAsk && ErrorPresenter.hasStatus(e, Status.INTERACTION_REQUIRED)) {
                        if (authenticator.authenticate(keychain, reason)) {
                            read(keychain, item, kind, reason, use, notRead, false);
                            return;
                        }
                    } else {
                        errors.present(e);
                    }
                    notRead.run();
                })
                .start();
    }
}
