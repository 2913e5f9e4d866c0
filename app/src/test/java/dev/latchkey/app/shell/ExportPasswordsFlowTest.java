package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import java.nio.file.Path;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export Passwords' Choose… button asks the window's file dialogs where to save. */
@ExtendWith(ApplicationExtension.class)
class ExportPasswordsFlowTest {
    private final TestApp app = new TestApp();
    @TempDir
    Path downloads;

    @Start
    void start(Stage stage) throws Exception {
        TestKeychains.addGeneric(app.service.unlock(app.service.create("login", TestKeychains.password()),
                TestKeychains.password()), "Mail", "alice", "mail-secret");
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    @Test
    void chooseFillsInTheChosenFileAndCancelKeepsTheTypedOne(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("File").clickOn("Export Passwords…");
        WaitForAsyncUtils.waitForFxEvents();
        TextField path = robot.lookup("#pathField").queryAs(TextField.class);

        Path target = downloads.resolve("passwords.kdbx");
        app.filesToSave.add(target);
        robot.clickOn("Choose…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(path.getText()).isEqualTo(target.toString());

        robot.clickOn("Choose…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(path.getText()).as("a cancelled dialog changes nothing").isEqualTo(target.toString());
    }
}
