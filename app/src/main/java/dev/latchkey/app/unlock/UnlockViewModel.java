package dev.latchkey.app.unlock;

import dev.latchkey.app.toolkit.Cancellable;
import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.Scheduler;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.secret.Wipe;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.KeychainRef;
import java.time.Duration;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A keychain password prompt: unlocking a keychain, or confirming its password before a
 * protected item is revealed. A wrong password is an inline error; repeated ones make the
 * prompt wait (see {@link PasswordThrottle}) with a visible countdown.
 */
public final class UnlockViewModel {
    /** The prompt's texts. */
    public record Prompt(String title, String message, String action, String busyText) {
    }

    private final KeychainRef ref;
    private final PasswordCheck check;
    private final PasswordThrottle throttle;
    private final TaskRunner runner;
    private final Scheduler scheduler;
    private final ErrorPresenter errors;
    private final Messages messages;
    private final Prompt prompt;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper succeeded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper waitSeconds = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper rejections = new ReadOnlyIntegerWrapper();
    private final BooleanBinding canSubmit;
    private String wrongPassword = "";
    private Cancellable countdown = Cancellable.NONE;

    public UnlockViewModel(KeychainRef ref, Prompt prompt, PasswordCheck check, PasswordThrottle throttle,
            TaskRunner runner, Scheduler scheduler, ErrorPresenter errors, Messages messages) {
        this.ref = ref;
        this.prompt = prompt;
        this.check = check;
        this.throttle = throttle;
        this.runner = runner;
        this.scheduler = scheduler;
        this.errors = errors;
        this.messages = messages;
        this.canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && waitSeconds.get() == 0 && !succeeded.get(),
                busy, waitSeconds, succeeded);
        if (!throttle.remaining(ref).isZero()) {
            wrongPassword = messages.get("unlock.wrongPassword");
            startCountdown();
        }
    }

    public static Prompt unlockPrompt(Messages messages, KeychainRef ref) {
        return new Prompt(messages.get("unlock.title", ref.name()), messages.get("unlock.message", ref.name()),
                messages.get("unlock.action"), messages.get("unlock.busy", ref.name()));
    }

    public static Prompt confirmPrompt(Messages messages, KeychainRef ref, String reason) {
        return new Prompt(messages.get("confirm.title"), messages.get("confirm.message", reason, ref.name()),
                messages.get("confirm.action"), messages.get("confirm.busy"));
    }

    public KeychainRef keychain() {
        return ref;
    }

    public Prompt prompt() {
        return prompt;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True once the password was accepted; the prompt closes. */
    public ReadOnlyBooleanProperty succeededProperty() {
        return succeeded.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty waitSecondsProperty() {
        return waitSeconds.getReadOnlyProperty();
    }

    /** Counts wrong passwords in this prompt, so the view can shake the field each time. */
    public ReadOnlyIntegerProperty rejectionsProperty() {
        return rejections.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }

    /** Tries the password; takes ownership of the array and wipes it. */
    public void submit(char[] password) {
        if (!canSubmit.get()) {
            Wipe.chars(password);
            return;
        }
        if (password.length == 0) {
            error.set(messages.get("unlock.empty"));
            return;
        }
        error.set("");
        wrongPassword = "";
        runner.runAction(() -> {
            try {
                check.check(password);
            } finally {
                Wipe.chars(password);
            }
        }).busy(busy).onSuccess(v -> {
            throttle.succeeded(ref);
            succeeded.set(true);
        }).onFailure(this::failed).start();
    }

    private void failed(Throwable e) {
        if (ErrorPresenter.hasStatus(e, Status.AUTH_FAILED)) {
            throttle.failed(ref);
            wrongPassword = messages.get("unlock.wrongPassword");
            rejections.set(rejections.get() + 1);
            startCountdown();
        } else if (ErrorPresenter.isExpected(e)) {
            error.set(ErrorPresenter.inlineMessage(e));
        } else {
            errors.present(e);
        }
    }

    private void startCountdown() {
        countdown.cancel();
        updateWait();
        if (waitSeconds.get() > 0) {
            countdown = scheduler.every(Duration.ofMillis(250), this::updateWait);
        }
    }

    private void updateWait() {
        Duration left = throttle.remaining(ref);
        int seconds = (int) Math.ceil(left.toMillis() / 1000.0);
        waitSeconds.set(seconds);
        if (seconds == 0) {
            countdown.cancel();
            countdown = Cancellable.NONE;
            error.set(wrongPassword);
        } else {
            error.set(wrongPassword + " " + messages.get("unlock.wait", seconds));
        }
    }

    /** The prompt is going away: stop the countdown. */
    public void dispose() {
        countdown.cancel();
    }
}
