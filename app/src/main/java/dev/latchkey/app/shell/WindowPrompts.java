package dev.latchkey.app.shell;

import dev.latchkey.app.secretservice.ServicePrompts;
import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.KeychainService;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The Secret Service's questions, asked in Latchkey's windows: an access request (denied if
 * nobody answers before the client gives up waiting), the keychain's unlock window, the New
 * Keychain window. Called on D-Bus threads; the windows live on the FX thread.
 */
final class WindowPrompts implements ServicePrompts {
    /** A client's call waits for the answer: keep under D-Bus's usual 25 s reply timeout. */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(20);

    private final FxNavigator navigator;
    private final KeychainService service;

    WindowPrompts(FxNavigator navigator, KeychainService service) {
        this.navigator = navigator;
        this.service = service;
    }

    @Override
    public Answer authorize(String application, String item, String keychain) {
        CompletableFuture<Answer> answer = new CompletableFuture<>();
        CompletableFuture<Stage> shown = new CompletableFuture<>();
        Platform.runLater(() -> shown.complete(navigator.accessRequest(application, item, keychain, answer::complete)));
        try {
            return answer.get(ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            shown.thenAccept(stage -> Platform.runLater(stage::hide));
            return Answer.DENY;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.DENY;
        } catch (ExecutionException e) {
            return Answer.DENY;
        }
    }

    @Override
    public CompletableFuture<Boolean> unlock(KeychainRef keychain) {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            if (service.unlocked(keychain).isPresent()) {
                done.complete(true);
                return;
            }
            Stage stage = navigator.unlockWindow(keychain, () -> done.complete(true));
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN,
                    e -> done.complete(service.unlocked(keychain).isPresent()));
        });
        return done;
    }

    @Override
    public CompletableFuture<Optional<KeychainRef>> createKeychain(String label) {
        CompletableFuture<Optional<KeychainRef>> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Stage stage = navigator.createKeychainWindow(false, ref -> done.complete(Optional.of(ref)));
            stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> done.complete(Optional.empty()));
        });
        return done;
    }
}
