package dev.latchkey.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.QrImages;
import dev.latchkey.app.testing.TestApp;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpGenerator;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.OtpType;
import dev.latchkey.model.otp.VerificationCodes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Add Code's Paste Image, headless: a QR code drawn with ZXing is put on JavaFX's system
 * clipboard, the real dialog reads it from there, and the code is read back from the keychain.
 * An empty clipboard and a picture without a QR code are one-line inline errors.
 */
@ExtendWith(ApplicationExtension.class)
class AddCodeFromClipboardFlowTest {
    /** RFC 6238's SHA-1 seed, "12345678901234567890". */
    private static final String URI = "otpauth://totp/GitHub:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=GitHub&digits=8";
    private final TestApp app = new TestApp();
    private Keychain login;

    @Start
    void start(Stage stage) throws Exception {
        login = app.service.unlock(app.service.create("login", TestKeychains.password()), TestKeychains.password());
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> {
            Clipboard.getSystemClipboard().clear();
            app.stop();
        });
        app.deleteHome();
    }

    private static void openAddCode(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String step : List.of("#newItemButton", "Verification Code…")) {
            // Menus keep unshown copies of their items: click the one on the screen.
            robot.clickOn(robot.lookup(step).match((Node n) -> n.getScene() != null && n.getScene().getWindow() != null
                    && n.getScene().getWindow().isShowing()).<Node>query());
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Add a verification code").tryQuery()).isPresent();
    }

    private static void putOnClipboard(FxRobot robot, Image image, String text) {
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            if (image != null) {
                content.putImage(image);
            }
            if (text != null) {
                content.putString(text);
            }
            assertThat(Clipboard.getSystemClipboard().setContent(content)).isTrue();
        });
    }

    /** A node of the Add Code window (other windows use the same ids). */
    private static <T extends Node> T inDialog(FxRobot robot, String query, Class<T> type) {
        Node anchor = robot.lookup("#uriArea").query();
        return robot.from(anchor.getScene().getRoot()).lookup(query).queryAs(type);
    }

    private List<Item> codeItems() throws LatchkeyException {
        return login.items().stream().filter(i -> i.itemClass() == ItemClass.VERIFICATION_CODE).toList();
    }

    private static List<String> found(FxRobot robot) {
        return inDialog(robot, "#foundList", VBox.class).getChildrenUnmodifiable().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private static void pressPasteImage(FxRobot robot) {
        robot.clickOn(inDialog(robot, "#pasteButton", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertInlineErrorAndNothingStored(FxRobot robot, String expected) throws LatchkeyException {
        Label error = inDialog(robot, "#error", Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isNotBlank().doesNotContain("\n");
        if (expected != null) {
            assertThat(error.getText()).isEqualTo(expected);
        }
        assertThat(inDialog(robot, "#foundBox", VBox.class).isVisible()).isFalse();
        assertThat(inDialog(robot, "#addButton", Button.class).isDisabled()).as("nothing to add").isTrue();
        assertThat(Window.getWindows()).as("no error dialog, just the main window and Add Code").hasSize(2);
        assertThat(codeItems()).isEmpty();
    }

    @Test
    void aQrCodeOnTheClipboardIsAddedToTheKeychain(FxRobot robot) throws Exception {
        putOnClipboard(robot, QrImages.of(URI, 300), null);
        openAddCode(robot);
        pressPasteImage(robot);

        assertThat(inDialog(robot, "#foundTitle", Label.class).getText())
                .isEqualTo("Found 1 code in the clipboard image:");
        assertThat(found(robot)).containsExactly("•  GitHub: alice  ·  time-based");
        assertThat(inDialog(robot, "#error", Label.class).isVisible()).isFalse();
        robot.clickOn(inDialog(robot, "#addButton", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#uriArea").tryQuery()).as("the dialog closed").isEmpty();

        List<Item> codes = codeItems();
        assertThat(codes).hasSize(1);
        OtpParameters stored = VerificationCodes.parameters(codes.get(0)).orElseThrow();
        assertThat(stored.type()).isEqualTo(OtpType.TOTP);
        assertThat(stored.issuer()).isEqualTo("GitHub");
        assertThat(stored.account()).isEqualTo("alice");
        assertThat(stored.digits()).isEqualTo(8);
        try (Secret seed = Secret.copyOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII))) {
            assertThat(new VerificationCodes(login, app.time).peek(codes.get(0).id()).code())
                    .as("the seed in the QR code is the one stored")
                    .isEqualTo(OtpGenerator.code(stored, seed, app.time.instant()).code());
        }
    }

    @Test
    void noImageOnTheClipboardIsAnInlineErrorUntilOneIsCopied(FxRobot robot) throws Exception {
        putOnClipboard(robot, null, "https://github.com/settings/two_factor_authentication");
        openAddCode(robot);
        pressPasteImage(robot);
        assertInlineErrorAndNothingStored(robot,
                "The clipboard holds no image. Copy the QR code (right-click it, Copy Image) and try again.");

        putOnClipboard(robot, QrImages.of(URI, 300), null);
        pressPasteImage(robot);
        assertThat(inDialog(robot, "#error", Label.class).isVisible()).as("the error went").isFalse();
        assertThat(found(robot)).containsExactly("•  GitHub: alice  ·  time-based");
    }

    @Test
    void aPictureWithoutAQrCodeIsAnInlineError(FxRobot robot) throws Exception {
        putOnClipboard(robot, QrImages.stripes(300, 300), null);
        openAddCode(robot);
        pressPasteImage(robot);
        assertInlineErrorAndNothingStored(robot, null);
    }

    @Test
    void aQrCodeThatHoldsNoOneTimeCodeIsAnInlineError(FxRobot robot) throws Exception {
        putOnClipboard(robot, QrImages.of("https://example.com/hello", 300), null);
        openAddCode(robot);
        pressPasteImage(robot);
        assertInlineErrorAndNothingStored(robot, null);
    }
}
