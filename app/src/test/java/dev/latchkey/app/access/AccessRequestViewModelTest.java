package dev.latchkey.app.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.secretservice.ServicePrompts.Answer;
import dev.latchkey.app.toolkit.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The access request without a window: its texts, and one answer only. */
class AccessRequestViewModelTest {
    private final List<Answer> answers = new ArrayList<>();

    private AccessRequestViewModel request() {
        return new AccessRequestViewModel("/usr/bin/secret-tool", "Docker Hub", "login", Messages.load(Locale.ENGLISH),
                answers::add);
    }

    @Test
    void namesTheApplicationTheItemAndTheKeychain() {
        AccessRequestViewModel vm = request();
        assertThat(vm.applicationName()).isEqualTo("secret-tool");
        assertThat(vm.title()).isEqualTo("“secret-tool” wants a password");
        assertThat(vm.question()).isEqualTo("“secret-tool” wants to use “Docker Hub” from your keychain “login”.");
        assertThat(vm.applicationPath()).isEqualTo("Application: /usr/bin/secret-tool");
    }

    @Test
    void answersOnceAndClosingWithoutAnAnswerDenies() {
        AccessRequestViewModel always = request();
        always.allowAlways();
        always.deny();
        always.closed();
        assertThat(answers).containsExactly(Answer.ALLOW_ALWAYS);
        assertThat(always.doneProperty().get()).isTrue();

        answers.clear();
        AccessRequestViewModel unanswered = request();
        unanswered.closed();
        assertThat(answers).containsExactly(Answer.DENY);

        answers.clear();
        AccessRequestViewModel once = request();
        once.allowOnce();
        assertThat(answers).containsExactly(Answer.ALLOW_ONCE);
    }
}
