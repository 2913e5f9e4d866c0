package dev.latchkey.app.secretservice;

import dev.latchkey.model.keychain.KeychainRef;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What the Secret Service asks of the person at the computer: the window asks in dialogs;
 * without a window ({@code latchkey daemon}) nothing can be asked, so access is denied and
 * prompts end dismissed.
 */
public interface ServicePrompts {
    /** The answer to "may this application use this item?". */
    enum Answer {
        DENY, ALLOW_ONCE, ALLOW_ALWAYS
    }

    /** Asks, and waits for the answer (a deny when nobody answers in time). */
    Answer authorize(String application, String item, String keychain);

    /** Asks for the keychain's password; completes true once it is unlocked, false when cancelled. */
    CompletableFuture<Boolean> unlock(KeychainRef keychain);

    /** Asks for a new keychain for an application (name and password); empty when cancelled. */
    CompletableFuture<Optional<KeychainRef>> createKeychain(String label);

    /** Without a window: deny, dismiss, and say so in the log. */
    ServicePrompts HEADLESS = new ServicePrompts() {
        private final System.Logger log = System.getLogger(ServicePrompts.class.getName());

        @Override
        public Answer authorize(String application, String item, String keychain) {
            log.log(System.Logger.Level.WARNING, application + " was denied \"" + item + "\" in keychain \""
                    + keychain + "\": it was not allowed before, and without the Latchkey window nobody can be asked");
            return Answer.DENY;
        }

        @Override
        public CompletableFuture<Boolean> unlock(KeychainRef keychain) {
            log.log(System.Logger.Level.WARNING, "an application asked to unlock \"" + keychain.name()
                    + "\"; without the window, use `latchkey unlock " + keychain.name() + "`");
            return CompletableFuture.completedFuture(false);
        }

        @Override
        public CompletableFuture<Optional<KeychainRef>> createKeychain(String label) {
            log.log(System.Logger.Level.WARNING, "an application asked for a new keychain; without the window, "
                    + "use `latchkey create-keychain`");
            return CompletableFuture.completedFuture(Optional.empty());
        }
    };
}
