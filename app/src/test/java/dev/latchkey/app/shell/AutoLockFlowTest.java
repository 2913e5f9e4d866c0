package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.KeychainSettings;
import dev.latchkey.model.keychain.LockState;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With no input in any Latchkey window for the keychain's idle time, it locks and the window shows it. */
@ExtendWith(ApplicationExtension.class)
class AutoLockFlowTest {
    private final TestApp app = new TestApp();
    private Keychain login;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        login.updateSettings(new KeychainSettings(2, true));
        TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
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
    void locksAfterTheIdleTimeAndDropsEverythingDecrypted(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "GitHub"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveButton").tryQuery()).as("inspector open").isPresent();

        robot.interact(() -> app.time.advance(Duration.ofSeconds(90)));
        robot.moveTo("#commentField").moveBy(5, 2);
        robot.interact(() -> app.time.advance(Duration.ofSeconds(90)));
        assertThat(app.service.state(login.ref())).as("input in the inspector counts").isEqualTo(LockState.UNLOCKED);

        robot.interact(() -> app.time.advance(Duration.ofSeconds(35)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.service.state(login.ref())).isEqualTo(LockState.LOCKED);
        assertThat(login.isClosed()).isTrue();
        assertThat(robot.lookup("#lockedPane").query().isVisible()).isTrue();
        assertThat(robot.lookup("#lockedTitle").queryAs(Label.class).getText()).isEqualTo("“login” is locked");
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(robot.lookup("#saveButton").tryQuery()).as("inspector closed").isEmpty();
        assertThat(robot.lookup("#lockStatus").queryAs(Label.class).getText()).isEqualTo("“login” locked");
    }
}
