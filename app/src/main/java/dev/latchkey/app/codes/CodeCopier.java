package dev.latchkey.app.codes;

import dev.latchkey.app.clipboard.ClipboardGuard;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.app.unlock.Authenticator;
import dev.latchkey.model.Status;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OneTimeCode;
import dev.latchkey.model.otp.VerificationCodes;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * Hands out an item's one-time code: the current one for time-based codes, the next one for
 * counter-based (HOTP) codes, whose counter advances as the code is taken. Asks for the
 * keychain password when the item wants it, then copies the code through the
 * {@link ClipboardGuard}, which clears it after the clipboard delay.
 */
public final class CodeCopier {
    private final TaskRunner runner;
    private final Authenticator authenticator;
    private final ClipboardGuard clipboard;
    private final Clock clock;
    private final ErrorPresenter errors;
    private final Messages messages;

    public CodeCopier(TaskRunner runner, Authenticator authenticator, ClipboardGuard clipboard, Clock clock,
            ErrorPresenter errors, Messages messages) {
        this.runner = runner;
        this.authenticator = authenticator;
        this.clipboard = clipboard;
        this.clock = clock;
        this.errors = errors;
        this.messages = messages;
    }

    /** Copies the code; {@code copied} gets it (for showing) once it is on the clipboard. */
    public void copy(Keychain keychain, Item item, Consumer<OneTimeCode> copied) {
        take(keychain, item, code -> {
            char[] chars = code.code().toCharArray();
            try {
                clipboard.copySecret(chars, messages.get("clipboard.code", item.displayName()));
            } finally {
                java.util.Arrays.fill(chars, '\0');
            }
            copied.accept(code);
        }, () -> { });
    }

    /**
     * The code to type now (using up an HOTP code), for auto-type or copying; {@code use} gets
     * it on the UI thread, {@code notTaken} runs instead when the user cancelled or it failed.
     */
    public void take(Keychain keychain, Item item, Consumer<OneTimeCode> use, Runnable notTaken) {
        take(keychain, item, use, notTaken, true);
    }

    private void take(Keychain keychain, Item item, Consumer<OneTimeCode> use, Runnable notTaken, boolean mayAsk) {
        runner.run(() -> new VerificationCodes(keychain, clock).use(item.id()))
                .onSuccess(use)
                .onFailure(e -> {
                    if (mayAsk && ErrorPresenter.hasStatus(e, Status.INTERACTION_REQUIRED)) {
                        if (authenticator.authenticate(keychain, messages.get("reason.code", item.displayName()))) {
                            take(keychain, item, use, notTaken, false);
                            return;
                        }
                    } else {
                        errors.present(e);
                    }
                    notTaken.run();
                })
                .start();
    }
}
