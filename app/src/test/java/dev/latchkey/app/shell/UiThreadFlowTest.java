package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.toolkit.FxTaskExecutor;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.crypto.testing.TestPki;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import dev.latchkey.model.store.KeychainStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
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
 * With real worker threads, the JavaFX thread never uses a keychain's database: every store
 * use is checked, and one on the FX thread fails the test with where it came from. The flow
 * opens the windows that follow an item (inspector, its code, a certificate's inspector)
 * while the item changes from another thread, saves an edit, and searches in Quick Fill.
 */
@ExtendWith(ApplicationExtension.class)
class UiThreadFlowTest {
    private final FxTaskExecutor executor = new FxTaskExecutor();
    private final TestApp app = new TestApp(executor);
    private final List<Throwable> uiThreadUses = new CopyOnWriteArrayList<>();
    private Keychain login;
    private UUID github;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
        TestKeychains.addGeneric(login, "Mail", "alice", "mail-secret");
        try (Secret seed = Secret.copyOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII))) {
            new VerificationCodes(login, app.time).attach(github,
                    OtpParameters.builder(OtpType.TOTP).issuer("GitHub").account("alice").build(), seed);
        }
        TestKeychains.importTestPki(login);
        // Set up on the FX thread above, as the other flows do; from here on it is the window's.
        KeychainStore.beforeEachUse(() -> {
            if (Platform.isFxApplicationThread()) {
                uiThreadUses.add(new Throwable("a keychain store used on the JavaFX thread"));
            }
        });
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        KeychainStore.beforeEachUse(null);
        robot.interact(app::stop);
        app.deleteHome();
        executor.close();
    }

    private static void settle(FxRobot robot, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void changeElsewhere(String comment) throws Exception {
        // Another task of this process (a command, a D-Bus call) changes the item on its own thread.
        login.modify(github, a -> a.toBuilder().set(Attribute.COMMENT, comment).build());
    }

    @Test
    void theUiThreadNeverWaitsOnTheDatabase(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<ItemRow> table = robot.lookup("#table").queryAs(TableView.class);
        settle(robot, () -> table.getItems().size() >= 3);

        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "GitHub"), MouseButton.PRIMARY);
        settle(robot, () -> robot.lookup("#commentField").tryQuery().isPresent());
        TextInputControl comment = robot.lookup("#commentField").queryTextInputControl();
        changeElsewhere("changed by a command");
        settle(robot, () -> comment.getText().equals("changed by a command"));

        robot.clickOn("#accountField").push(KeyCode.CONTROL, KeyCode.A).write("alice@example.com");
        robot.clickOn("#saveButton");
        settle(robot, () -> "Changes saved.".equals(
                FirstRunFlowTest.inWindowOf(robot, "#saveButton", "#notice", Label.class).getText()));
        assertThat(login.get(github).orElseThrow().attributes().text(Attribute.ACCOUNT)).isEqualTo("alice@example.com");

        robot.interact(() -> comment.getScene().getWindow().hide());
        robot.clickOn("My Certificates");
        settle(robot, () -> robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && TestPki.LEAF.equals(c.getText())).tryQuery().isPresent());
        robot.clickOn(FirstRunFlowTest.cell(robot, TestPki.LEAF));
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, TestPki.LEAF), MouseButton.PRIMARY);
        settle(robot, () -> robot.lookup("#verdictTitle").tryQuery().isPresent());
        changeElsewhere("changed again");
        // The certificate's inspector looks for its item after every change, on the FX thread.
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node verdict = robot.lookup("#verdictTitle").query();
        robot.interact(() -> verdict.getScene().getWindow().hide());

        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.SHIFT, KeyCode.CONTROL);
        settle(robot, () -> robot.lookup("#queryField").tryQuery().isPresent());
        TextInputControl query = robot.lookup("#queryField").queryTextInputControl();
        robot.interact(() -> query.setText("mail"));
        @SuppressWarnings("unchecked")
        ListView<Object> results = robot.lookup("#resultList").queryAs(ListView.class);
        settle(robot, () -> results.getItems().size() == 1);

        assertThat(uiThreadUses).as(() -> uiThreadUses.isEmpty() ? "" : trace(uiThreadUses.get(0))).isEmpty();
    }

    private static String trace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
