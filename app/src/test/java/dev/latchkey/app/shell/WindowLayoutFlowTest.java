package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.settings.GuiSettings;
import dev.latchkey.app.settings.GuiSettingsStore;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.keychain.Keychain;
import java.time.Duration;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's size, the table's columns and its sort order are remembered between runs. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutFlowTest {
    private final TestApp app = new TestApp();

    @Start
    void start(Stage stage) throws Exception {
        Keychain login = app.service.unlock(app.service.create("login", TestKeychains.password()),
                TestKeychains.password());
        TestKeychains.addNote(login, "Older", "x");
        app.time.advance(Duration.ofDays(1));
        TestKeychains.addNote(login, "Newer", "y");
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

    private static TableColumn<ItemRow, ?> column(TableView<ItemRow> table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void columnsSortOrderAndWindowSizeSurviveARestart(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Date Modified").clickOn("Date Modified");
        assertThat(table(robot).getItems()).extracting(ItemRow::name).containsExactly("Newer", "Older");
        robot.interact(() -> {
            column(table(robot), "KEYCHAIN").setVisible(false);
            Stage stage = (Stage) table(robot).getScene().getWindow();
            stage.setWidth(900);
            stage.setHeight(600);
        });
        robot.interact(app::stop);

        GuiSettings saved = new GuiSettingsStore(app.service.settings()).load();
        assertThat(saved.sort()).containsExactly(new GuiSettings.SortSetting("MODIFIED", false));
        assertThat(saved.columns()).extracting(GuiSettings.ColumnLayout::id)
                .containsExactly("NAME", "KIND", "MODIFIED", "KEYCHAIN");
        assertThat(saved.columns().get(3).visible()).isFalse();
        assertThat(saved.window().width()).isEqualTo(900);

        robot.interact(() -> {
            try {
                app.service.unlock(app.service.requireDefault(), TestKeychains.password());
            } catch (dev.latchkey.model.LatchkeyException e) {
                throw new IllegalStateException(e);
            }
            app.start(new Stage());
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ItemRow> again = table(robot);
        assertThat(again.getSortOrder()).extracting(TableColumn::getId).containsExactly("MODIFIED");
        assertThat(again.getItems()).extracting(ItemRow::name).containsExactly("Newer", "Older");
        assertThat(column(again, "KEYCHAIN").isVisible()).isFalse();
        assertThat(again.getScene().getWindow().getWidth()).isEqualTo(900);
    }
}
