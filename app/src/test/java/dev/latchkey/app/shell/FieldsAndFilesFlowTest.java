package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.inspector.FieldsAndFilesViewModel.FieldRow;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.item.SecretParts.Part;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.keychain.SecretKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An imported entry's folder, fields and attached files in the inspector's Fields & Files tab. */
@ExtendWith(ApplicationExtension.class)
class FieldsAndFilesFlowTest {
    private final TestApp app = new TestApp();
    @TempDir
    Path downloads;

    @Start
    void start(Stage stage) throws Exception {
        Keychain login = app.service.unlock(app.service.create("login", TestKeychains.password()),
                TestKeychains.password());
        UUID server = TestKeychains.addInternet(login, "Build server", "ci.example.com", "deploy", "pw");
        login.modify(server, a -> a.toBuilder().set(Attribute.FOLDER, "Work/Servers").build());
        TestKeychains.putParts(login, server, SecretKind.FIELDS, new Part("Recovery code", true, TestKeychains.secret("7731-0042")));
        TestKeychains.putParts(login, server, SecretKind.ATTACHMENTS, new Part("deploy.pub", false, TestKeychains.secret("ssh-ed25519 AAAA deploy")));
        TestKeychains.addGeneric(login, "Mail", "alice", "mail-secret");
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    @Test
    void fieldsAndFilesAreReadOnRequestAndAFileIsSaved(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "Build server"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Fields & Files");
        assertThat(robot.lookup("#folder").queryAs(Label.class).getText()).isEqualTo("Work/Servers");
        robot.clickOn("#showButton");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<FieldRow> fields = robot.lookup("#fieldTable").queryAs(TableView.class);
        assertThat(fields.getItems()).extracting(FieldRow::value).containsExactly("••••••••");
        robot.clickOn("#showHidden");
        assertThat(fields.getItems()).extracting(FieldRow::value).containsExactly("7731-0042");

        Path target = downloads.resolve("deploy.pub");
        app.filesToSave.add(target);
        robot.clickOn("deploy.pub");
        robot.clickOn("#saveFileButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Files.readString(target)).isEqualTo("ssh-ed25519 AAAA deploy");
        assertThat(robot.lookup("#fileNotice").queryAs(Label.class).getText())
                .isEqualTo("Saved “deploy.pub” as deploy.pub.");
    }

    @Test
    void anItemWithoutThemHasNoSuchTab(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "Mail"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Access Control").tryQuery()).isPresent();
        assertThat(robot.lookup("Fields & Files").tryQuery()).isEmpty();
    }
}
