package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.keychain.Keychain;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Edit and save an item in the inspector; delete items, with confirmation. */
@ExtendWith(ApplicationExtension.class)
class ItemEditingFlowTest {
    private final TestApp app = new TestApp();
    private Keychain login;
    private UUID github;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
        TestKeychains.addGeneric(login, "Mail", "alice", "mail-secret");
        TestKeychains.addNote(login, "Wi-Fi", "hunter2");
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
    void editAndSaveAnItemInTheInspector(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "GitHub"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).as("nothing changed yet").isTrue();
        robot.clickOn("#accountField").push(KeyCode.CONTROL, KeyCode.A).write("alice@example.com");
        robot.clickOn("#commentField").write("work account");
        robot.clickOn("#secretField").write("n3w-Secret!");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isFalse();
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();

        Item saved = login.get(github).orElseThrow();
        assertThat(saved.attributes().text(Attribute.ACCOUNT)).isEqualTo("alice@example.com");
        assertThat(saved.attributes().text(Attribute.COMMENT)).isEqualTo("work account");
        assertThat(TestKeychains.secretOf(login, github)).isEqualTo("n3w-Secret!");
        assertThat(FirstRunFlowTest.inWindowOf(robot, "#saveButton", "#notice", Label.class).getText())
                .isEqualTo("Changes saved.");
        assertThat(robot.lookup("#secretField").queryTextInputControl().getText()).as("wiped after saving").isEmpty();
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();

        robot.clickOn("#whereField").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        assertThat(robot.lookup("#whereError").queryAs(Label.class).getText()).startsWith("Enter the website");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).as("invalid").isTrue();
        robot.clickOn("#revertButton");
        assertThat(robot.lookup("#whereField").queryTextInputControl().getText()).isEqualTo("https://github.com");
    }

    @Test
    void deleteAsksFirstAndCancelKeepsTheItem(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(FirstRunFlowTest.cell(robot, "Mail")).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Delete “Mail”?").tryQuery()).isPresent();
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(login.items()).extracting(Item::displayName).contains("Mail");

        robot.clickOn(FirstRunFlowTest.cell(robot, "Mail")).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Delete");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(login.items()).extracting(Item::displayName).containsExactlyInAnyOrder("GitHub", "Wi-Fi");
        assertThat(table(robot).getItems()).extracting(ItemRow::name).containsExactly("GitHub", "Wi-Fi");
        assertThat(FirstRunFlowTest.inWindowOf(robot, "#itemCount", "#notice", Label.class).getText())
                .isEqualTo("Deleted “Mail”.");
    }
}
