package dev.latchkey.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.items.ItemRow;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.model.item.Attribute;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.VerificationCodes;
import java.time.Duration;
import java.util.UUID;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
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
 * Issue 5's flow: add a code from an otpauth:// URI to a password item, copy the code from the
 * Verification Codes category, and find the item in Security Recommendations (its seed is kept
 * with its password), which leads back to it.
 */
@ExtendWith(ApplicationExtension.class)
class VerificationCodeFlowTest {
    private static final String URI = "otpauth://totp/GitHub:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=GitHub";
    private final TestApp app = new TestApp();
    private Keychain login;
    private UUID github;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        github = TestKeychains.addInternet(login, "GitHub", "github.com", "alice", "Hx7$kq2Lw!9zPm4R");
        TestKeychains.addInternet(login, "Reddit", "reddit.com", "alice", "Vq8#mZt2!pLw9xRc");
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

    private void paste(FxRobot robot, String text) {
        TextArea area = robot.lookup("#uriArea").queryAs(TextArea.class);
        robot.interact(() -> area.setText(text));
    }

    /** The first node that is on show: lists keep hidden cells (for measuring) with the same content. */
    private static Node shown(java.util.Collection<Node> nodes) {
        return nodes.stream().filter(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).findFirst().orElseThrow();
    }

    /** Lets a new window finish growing around its content before it is clicked. */
    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void addACodeCopyItAndSeeItInSecurityRecommendations(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn(FirstRunFlowTest.cell(robot, "GitHub"), MouseButton.PRIMARY);
        settle(robot);
        Node setUp = robot.lookup("Set Up Verification Code…").query();
        robot.clickOn(setUp);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Add a verification code").tryQuery()).isPresent();

        // Bad input first: one line, inline, nothing stored.
        paste(robot, "otpauth://totp/GitHub:alice?secret=NOT*BASE32&issuer=GitHub");
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitForFxEvents();
        Label error = FirstRunFlowTest.inWindowOf(robot, "#uriArea", "#error", Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isNotBlank().doesNotContain("\n");
        assertThat(login.get(github).orElseThrow().attributes().has(Attribute.OTP)).isFalse();

        paste(robot, URI);
        assertThat(error.getText()).isEmpty();
        robot.clickOn("#addButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#uriArea").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(login.get(github).orElseThrow().attributes().has(Attribute.OTP)).isTrue();
        String code = new VerificationCodes(login, app.time).peek(github).code();
        Label inspectorCode = robot.lookup("#codeText").queryAs(Label.class);
        assertThat(inspectorCode.getText().replace(" ", "")).as("the inspector shows the code").isEqualTo(code);
        robot.interact(() -> inspectorCode.getScene().getWindow().hide());

        robot.clickOn("Verification Codes");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Object> codes = robot.lookup("#codeList").queryAs(ListView.class);
        assertThat(codes.isVisible()).isTrue();
        assertThat(codes.getItems()).hasSize(1);
        Button codeButton = (Button) shown(robot.from(codes).lookup(".code-text").queryAll());
        assertThat(codeButton.getText().replace(" ", "")).isEqualTo(code);
        robot.clickOn(codeButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboard(robot)).isEqualTo(code);
        robot.interact(() -> app.time.advance(Duration.ofSeconds(31)));
        assertThat(clipboard(robot)).as("cleared after the clipboard delay").isNull();

        robot.clickOn("Keychain").clickOn("Security Recommendations…");
        WaitForAsyncUtils.waitForFxEvents();
        ToggleButton tile = robot.lookup("#tile-OTP_WITH_PASSWORD").queryAs(ToggleButton.class);
        assertThat(robot.from(tile).lookup(".tile-count").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.from(robot.lookup("#tile-REUSED").<javafx.scene.Node>query()).lookup(".tile-count").queryAs(Label.class)
                .getText()).isEqualTo("0");
        robot.clickOn(tile);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Object> findings = robot.lookup("#findings").queryAs(ListView.class);
        assertThat(findings.getItems()).hasSize(1);
        Node open = shown(robot.from(findings).lookup("Show Item").queryAll());
        robot.clickOn(open);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<ItemRow> table = robot.lookup("#table").queryAs(TableView.class);
        assertThat(table.getSelectionModel().getSelectedItem().id()).as("selected in the main window")
                .isEqualTo(github);
        assertThat(robot.lookup("#codeText").tryQuery()).as("and its inspector open").isPresent();
    }
}
