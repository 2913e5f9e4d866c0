package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import dev.latchkey.app.quickfill.QuickFillResult;
import dev.latchkey.app.settings.GuiSettingsStore;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Quick Fill from the keyboard: open, search, copy password / account / code, the sequence, auto-type. */
@ExtendWith(ApplicationExtension.class)
class QuickFillFlowTest {
    private final TestApp app = new TestApp();
    private Keychain login;
    private UUID github;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "gh-secret");
        TestKeychains.addInternet(login, "GitLab", "gitlab.com", "alice.m", "gl-secret");
        TestKeychains.addGeneric(login, "Mail", "alice", "mail-secret");
        try (Secret seed = Secret.copyOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII))) {
            new VerificationCodes(login, app.time).attach(github,
                    OtpParameters.builder(OtpType.TOTP).issuer("GitHub").account("alice").build(), seed);
        }
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
        app.deleteHome();
    }

    private String clipboard(FxRobot robot) {
        CharSequence[] text = new CharSequence[1];
        robot.interact(() -> text[0] = app.clipboard.text());
        return text[0] == null ? null : text[0].toString();
    }

    private Window quickFill(FxRobot robot) {
        robot.clickOn("#table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.SPACE).release(KeyCode.SPACE, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField query = robot.lookup("#queryField").queryAs(TextField.class);
        assertThat(query.getScene().getWindow().isShowing()).isTrue();
        assertThat(query.isFocused()).as("ready to type").isTrue();
        // Headless windows get the keyboard on a click, as a desktop's newest window would.
        robot.clickOn(query);
        return query.getScene().getWindow();
    }

    /**
     * Quick Fill open while its keychain is locked, as after `latchkey quick-fill` starts the
     * window: unlocking it (here, or in the unlock prompt) shows its items without a keystroke,
     * and locking it again takes them away.
     */
    @Test
    void unlockingAKeychainWhileQuickFillIsOpenSearchesItAtOnce(FxRobot robot) throws Exception {
        robot.interact(() -> app.service.lock(login.ref()));
        robot.interact(() -> app.root().quickFill());
        ListView<?> results = robot.lookup("#resultList").queryAs(ListView.class);
        Label status = robot.lookup("#status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> !status.getText().isEmpty());
        assertThat(status.getText()).isEqualTo("Unlock a keychain to use Quick Fill.");

        robot.interact(() -> unlock(login));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> results.getItems().size() == 3);
        assertThat(status.getText()).isEmpty();

        robot.interact(() -> app.service.lock(login.ref()));
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> results.getItems().isEmpty());
        assertThat(status.getText()).isEqualTo("Unlock a keychain to use Quick Fill.");
    }

    private void unlock(Keychain keychain) {
        try {
            app.service.unlock(keychain.ref(), TestKeychains.password());
        } catch (dev.latchkey.model.LatchkeyException e) {
            throw new AssertionError(e);
        }
    }

    /** The names of the rows drawn selected. */
    private static java.util.List<String> selectedRows(FxRobot robot, ListView<QuickFillResult> results) {
        return robot.from(results).lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.isSelected() && c.getItem() != null)
                .map(c -> ((QuickFillResult) c.getItem()).name()).toList();
    }

    private void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void copiesPasswordAccountAndCodeFromTheKeyboard(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Window window = quickFill(robot);
        @SuppressWarnings("unchecked")
        ListView<QuickFillResult> results = robot.lookup("#resultList").queryAs(ListView.class);
        // GitHub comes first for every letter typed: each new list must still show it selected.
        robot.write("gith");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedRows(robot, results)).as("the list shows what Enter acts on").containsExactly("GitHub");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("gitl");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(selectedRows(robot, results)).containsExactly("GitLab");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isEqualTo("gl-secret");
        assertThat(window.isShowing()).as("closes once copied").isFalse();
        robot.interact(() -> app.time.advance(Duration.ofSeconds(31)));
        assertThat(clipboard(robot)).as("cleared after the clipboard delay").isNull();

        window = quickFill(robot);
        robot.push(KeyCode.CONTROL, KeyCode.A).write("https://github.com/login");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mode").queryAs(Label.class).getText()).isEqualTo("Matching the address");
        shortcut(robot, KeyCode.B);
        assertThat(clipboard(robot)).isEqualTo("alice");

        quickFill(robot);
        shortcut(robot, KeyCode.T);
        assertThat(clipboard(robot)).isEqualTo(new VerificationCodes(login, app.time).peek(github).code());
        robot.interact(() -> app.time.advance(Duration.ofSeconds(31)));
        assertThat(clipboard(robot)).isNull();
    }

    @Test
    void theSequenceCopiesAccountThenPasswordThenCodeAndAutoTypeTypes(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Window window = quickFill(robot);
        robot.write("github.com");
        WaitForAsyncUtils.waitForFxEvents();
        shortcut(robot, KeyCode.ENTER);
        assertThat(clipboard(robot)).isEqualTo("alice");
        Label status = robot.from(window.getScene().getRoot()).lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Step 1 of 3");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isEqualTo("gh-secret");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isEqualTo(new VerificationCodes(login, app.time).peek(github).code());
        assertThat(status.getText()).startsWith("Done");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.typist.typed).containsExactly("alice<Tab>gh-secret<Return>");
        assertThat(window.isShowing()).isFalse();
    }

    @Test
    void theSystemWideShortcutOpensQuickFillFromOutsideLatchkeyAndIsGivenBackOnQuit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Stage main = (Stage) robot.lookup("#table").queryAs(javafx.scene.Node.class).getScene().getWindow();
        robot.interact(() -> main.setIconified(true));
        try {
            // The X server's presses arrive on the shortcut's own thread, not the FX thread.
            Thread presser = new Thread(app.shortcut::press);
            presser.start();
            presser.join();
            WaitForAsyncUtils.waitForFxEvents();
        } finally {
            // TestFX hands the same primary stage to every test.
            robot.interact(() -> main.setIconified(false));
        }
        TextField query = robot.lookup("#queryField").queryAs(TextField.class);
        Window window = query.getScene().getWindow();
        assertThat(window.isShowing()).as("Quick Fill opened by the system-wide shortcut").isTrue();
        assertThat(robot.from(window.getScene().getRoot()).lookup((Label l) -> l.getText() != null
                && l.getText().equals("Ctrl+Shift+Space opens Quick Fill from any application.")).tryQuery())
                .as("the footer says the shortcut works everywhere").isPresent();
        robot.clickOn(query).write("mail").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isEqualTo("mail-secret");

        robot.interact(app::stop);
        assertThat(app.shortcut.closed()).as("quitting gives the combination back").isTrue();
    }

    @Test
    void theViewMenuTurnsTheSystemWideShortcutOffAndOnAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("View").clickOn("Quick Fill from Any Application (Ctrl+Shift+Space)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shortcut.closed()).as("the combination is given back to the desktop").isTrue();
        assertThat(new GuiSettingsStore(app.service.settings()).load().quickFillEverywhere()).as("remembered")
                .isFalse();
        Window window = quickFill(robot);
        assertThat(robot.from(window.getScene().getRoot()).lookup((Label l) -> l.getText() != null
                && l.getText().startsWith("Ctrl+Shift+Space opens Quick Fill only from Latchkey’s windows: you turned "
                        + "it off")).tryQuery()).as("the footer says so").isPresent();
        robot.type(KeyCode.ESCAPE);

        robot.clickOn("#table").clickOn("View").clickOn("Quick Fill from Any Application (Ctrl+Shift+Space)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.shortcut.closed()).as("taken again").isFalse();
        Thread presser = new Thread(app.shortcut::press);
        presser.start();
        presser.join();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#queryField").queryAs(TextField.class).getScene().getWindow().isShowing())
                .as("a press opens Quick Fill again").isTrue();
        assertThat(new GuiSettingsStore(app.service.settings()).load().quickFillEverywhere()).isTrue();
    }
}
