package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.keychain.Keychain;
import java.time.Duration;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An item marked "ask for the keychain password" is revealed or copied only after the
 * password is entered again (the model refuses otherwise); one entry counts for a minute.
 */
@ExtendWith(ApplicationExtension.class)
class AccessControlFlowTest {
    private final TestApp app = new TestApp();

    @Start
    void start(Stage stage) throws Exception {
        Keychain login = app.service.unlock(app.service.create("login", TestKeychains.password()),
                TestKeychains.password());
        UUID bank = TestKeychains.addInternet(login, "Bank", "bank.example", "alice", "bank-secret");
        login.update(bank, login.get(bank).orElseThrow().attributes().toBuilder()
                .set(Attribute.REQUIRE_PASSWORD, true).build(), null);
        app.time.advance(Keychain.REAUTHENTICATION_WINDOW.plusSeconds(1));
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    @Test
    void showingAndCopyingAProtectedPasswordAsksForTheKeychainPassword(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "Bank"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#askRadio").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();

        robot.clickOn("#showPassword");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Keychain password required").tryQuery()).isPresent();
        robot.clickOn("#passwordField").write("guess").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FirstRunFlowTest.inWindowOf(robot, "Keychain password required", "#error", Label.class).getText())
                .isEqualTo("The password is not correct.");
        robot.clickOn("#passwordField").write(TestKeychains.PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Keychain password required").tryQuery()).isEmpty();
        assertThat(robot.lookup("#revealField").queryTextInputControl().getText()).isEqualTo("bank-secret");
        assertThat(robot.lookup("#showPassword").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();

        robot.clickOn("#showPassword");
        assertThat(robot.lookup("#revealField").queryTextInputControl().getText()).as("wiped when hidden").isEmpty();
        robot.interact(() -> robot.lookup("#saveButton").query().getScene().getWindow().hide());

        robot.clickOn(FirstRunFlowTest.cell(robot, "Bank"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Keychain password required").tryQuery()).as("entered a moment ago").isEmpty();
        assertThat(clipboard(robot)).isEqualTo("bank-secret");

        robot.interact(() -> app.time.advance(Duration.ofMinutes(2)));
        assertThat(clipboard(robot)).isNull();
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Keychain password required").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isNull();
    }

    private String clipboard(FxRobot robot) {
        CharSequence[] text = new CharSequence[1];
        robot.interact(() -> text[0] = app.clipboard.text());
        return text[0] == null ? null : text[0].toString();
    }
}

