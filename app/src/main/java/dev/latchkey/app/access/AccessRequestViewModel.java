package dev.latchkey.app.access;

import dev.latchkey.app.secretservice.ServicePrompts.Answer;
import dev.latchkey.app.toolkit.Messages;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * "An application wants to use an item": who asks (its name and executable), for what, and
 * the three answers Keychain Access gives — Deny, Allow (this time), Always Allow. Closing the
 * window without an answer denies. The answer is given once.
 */
public final class AccessRequestViewModel {
    private final String application;
    private final String item;
    private final String keychain;
    private final Messages messages;
    private final Consumer<Answer> answered;
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();

    public AccessRequestViewModel(String application, String item, String keychain, Messages messages,
            Consumer<Answer> answered) {
        this.application = application;
        this.item = item;
        this.keychain = keychain;
        this.messages = messages;
        this.answered = answered;
    }

    /** The application's short name: its executable's file name ("secret-tool"). */
    public String applicationName() {
        Path p = Path.of(application);
        return p.getFileName() == null ? application : p.getFileName().toString();
    }

    public String title() {
        return messages.get("access.request.title", applicationName());
    }

    public String question() {
        return messages.get("access.request.question", applicationName(), item, keychain);
    }

    public String applicationPath() {
        return messages.get("access.request.path", application);
    }

    public void deny() {
        answer(Answer.DENY);
    }

    public void allowOnce() {
        answer(Answer.ALLOW_ONCE);
    }

    public void allowAlways() {
        answer(Answer.ALLOW_ALWAYS);
    }

    /** The window closed (or the wait ran out): a request nobody answered is denied. */
    public void closed() {
        answer(Answer.DENY);
    }

    private void answer(Answer a) {
        if (!done.get()) {
            done.set(true);
            answered.accept(a);
        }
    }

    /** True once answered: the view closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
