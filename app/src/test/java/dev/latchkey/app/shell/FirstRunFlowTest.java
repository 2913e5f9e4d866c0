package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.testing.TestApp;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main flow, headless: first run → create the login keychain → add an Internet
 * password → search finds it → copy the password → the clipboard is cleared after the delay →
 * lock → a wrong password is an inline error → the right one unlocks.
 */
@ExtendWith(ApplicationExtension.class)
class FirstRunFlowTest {
    private static final String KEYCHAIN_PASSWORD = "maple otter violin 42 sunset";
    private final TestApp app = new TestApp();

    @Start
    void start(Stage stage) {
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ItemRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @Test
    void createAddSearchCopyLockAndUnlock(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Create your login keychain").tryQuery()).isPresent();
        robot.clickOn("#passwordField").write(KEYCHAIN_PASSWORD);
        robot.clickOn("#confirmField").write(KEYCHAIN_PASSWORD);
        robot.clickOn("#createButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#createButton").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(app.service.list()).extracting(r -> r.name()).containsExactly("login");
        assertThat(robot.lookup("#lockStatus").queryAs(Label.class).getText()).isEqualTo("“login” unlocked");

        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("New Internet password").tryQuery()).isPresent();
        robot.clickOn("#nameField").write("GitHub");
        robot.clickOn("#accountField").write("alice@example.com");
        robot.clickOn("#whereField").write("https://github.com/login");
        robot.clickOn("#passwordField").write("gh-Secret-2026!");
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(ItemRow::name).containsExactly("GitHub");
        assertThat(table(robot).getSelectionModel().getSelectedItem().name()).as("the new item is selected")
                .isEqualTo("GitHub");
        assertThat(robot.lookup("#headerTitle").queryAs(Label.class).getText()).isEqualTo("GitHub");

        robot.clickOn("#searchField").write("nothing");
        assertThat(table(robot).getItems()).isEmpty();
        robot.push(KeyCode.CONTROL, KeyCode.A).write("git");
        assertThat(table(robot).getItems()).extracting(ItemRow::name).containsExactly("GitHub");

        robot.clickOn(cell(robot, "GitHub"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboardText(robot)).isEqualTo("gh-Secret-2026!");
        assertThat(robot.lookup("#clipboardStatus").queryAs(Label.class).getText()).contains("clears in 30 s");
        robot.interact(() -> app.time.advance(Duration.ofSeconds(29)));
        assertThat(clipboardText(robot)).isEqualTo("gh-Secret-2026!");
        robot.interact(() -> app.time.advance(Duration.ofSeconds(1)));
        assertThat(clipboardText(robot)).isNull();
        assertThat(robot.lookup("#clipboardStatus").queryAs(Label.class).isVisible()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lockedPane").query().isVisible()).isTrue();
        assertThat(table(robot).getItems()).isEmpty();

        robot.clickOn("#unlockButton");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#passwordField").write("not my password").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label error = inWindowOf(robot, "Unlock “login”", "#error", Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("The password is not correct.");
        robot.clickOn("#passwordField").write(KEYCHAIN_PASSWORD).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#lockedPane").query().isVisible()).isFalse();
        assertThat(table(robot).getItems()).extracting(ItemRow::name).containsExactly("GitHub");
    }

    /**
     * A node in the window that holds {@code anchor} (a text or a #id only that window has), as
     * several windows may use one fx:id.
     */
    static <T extends javafx.scene.Node> T inWindowOf(FxRobot robot, String anchor, String query, Class<T> type) {
        javafx.scene.Node node = robot.lookup(anchor).query();
        return robot.from(node.getScene().getRoot()).lookup(query).queryAs(type);
    }

    static javafx.scene.Node cell(FxRobot robot, String text) {
        return robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && text.equals(c.getText())).query();
    }

    private String clipboardText(FxRobot robot) {
        CharSequence[] text = new CharSequence[1];
        robot.interact(() -> text[0] = app.clipboard.text());
        return text[0] == null ? null : text[0].toString();
    }
}
