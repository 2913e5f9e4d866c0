package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainRef;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Keychain > Change Password…: the shared new-password pane judges the pair, then the password changes. */
@ExtendWith(ApplicationExtension.class)
class ChangePasswordFlowTest {
    private static final String NEW_PASSWORD = "quiet harbour lantern 1987";
    private final TestApp app = new TestApp();
    private KeychainRef login;

    @Start
    void start(Stage stage) throws Exception {
        Keychain keychain = app.service.unlock(app.service.create("login", TestKeychains.password()),
                TestKeychains.password());
        login = keychain.ref();
        TestKeychains.addGeneric(keychain, "Mail", "alice", "mail-secret");
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    private static boolean shown(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Label l && text.equals(l.getText()) && l.isVisible())
                .tryQuery().isPresent();
    }

    @Test
    void aWeakOrMismatchedPasswordIsRefusedAndAGoodOneUnlocksAfterwards(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Keychain").clickOn("Change Password…");
        WaitForAsyncUtils.waitForFxEvents();
        Button change = robot.lookup("#changeButton").queryAs(Button.class);

        robot.clickOn("#currentField").write(new String(TestKeychains.password()));
        robot.clickOn("#passwordField").write("abc");
        assertThat(shown(robot, "This password is too easy to guess. Add more words or characters.")).isTrue();
        assertThat(change.isDisabled()).isTrue();

        robot.clickOn("#passwordField").eraseText(3).write(NEW_PASSWORD);
        robot.clickOn("#confirmField").write(NEW_PASSWORD + "x");
        assertThat(shown(robot, "The passwords do not match.")).isTrue();
        assertThat(change.isDisabled()).isTrue();

        robot.eraseText(1);
        assertThat(shown(robot, "The passwords do not match.")).isFalse();
        assertThat(change.isDisabled()).isFalse();
        robot.clickOn(change);
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#changeButton").tryQuery().isEmpty());

        Keychain keychain = app.service.unlocked(login).orElseThrow();
        assertThatThrownBy(() -> keychain.confirmPassword(TestKeychains.password()))
                .isInstanceOfSatisfying(LatchkeyException.class, e -> assertThat(e.status()).isEqualTo(Status.AUTH_FAILED));
        keychain.confirmPassword(NEW_PASSWORD.toCharArray());
        assertThat(keychain.items()).hasSize(1);
    }
}
