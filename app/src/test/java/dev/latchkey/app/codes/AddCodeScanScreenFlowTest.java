package dev.latchkey.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import dev.latchkey.app.testing.QrImages;
import dev.latchkey.app.testing.TestKeychains;
import dev.latchkey.app.toolkit.FxFileDialogs;
import dev.latchkey.app.toolkit.ViewLoader;
import dev.latchkey.app.toolkit.Windows;
import dev.latchkey.crypto.secret.Secret;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.item.Item;
import dev.latchkey.model.item.ItemClass;
import dev.latchkey.model.keychain.Keychain;
import dev.latchkey.model.otp.OtpGenerator;
import dev.latchkey.model.otp.OtpParameters;
import dev.latchkey.model.otp.VerificationCodes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Application;
import javafx.event.EventType;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Add Code's Scan Screen, headless: the real dialog over a real keychain, the real region
 * picker with its full-screen overlay, dragged over with the mouse. Only the picture of the
 * screen is given by the test (a desktop with two QR codes on it), as Monocle's Robot cannot
 * capture the whole screen (TestFX/Monocle#83); AddCodeX11Test captures a real X screen.
 */
@ExtendWith(ApplicationExtension.class)
class AddCodeScanScreenFlowTest {
    /** RFC 6238's SHA-1 seed, "12345678901234567890". */
    private static final String GITHUB = "otpauth://totp/GitHub:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
            + "&issuer=GitHub&digits=8";
    private static final String DROPBOX = "otpauth://totp/Dropbox:bob?secret=JBSWY3DPEHPK3PXP&issuer=Dropbox";
    /** Where the two QR codes are on the pretend screen. */
    private static final Rectangle2D GITHUB_QR = new Rectangle2D(760, 180, 240, 240);
    private static final Rectangle2D DROPBOX_QR = new Rectangle2D(240, 460, 240, 240);

    @TempDir
    Path home;
    private TestKeychains t;
    private Keychain login;
    private Stage mainWindow;
    private Stage dialog;
    /** The screen as the test shows it; each capture notes how Latchkey's windows looked then. */
    private final List<String> windowsWhenCaptured = new ArrayList<>();
    private final List<Rectangle2D> captured = new ArrayList<>();
    private Function<Rectangle2D, WritableImage> screen = this::desktop;

    @Start
    void start(Stage stage) throws LatchkeyException {
        t = new TestKeychains(home);
        login = t.unlocked("login");
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        mainWindow = stage;
        stage.setTitle("Latchkey");
        stage.setScene(new Scene(new StackPane(new Label("Latchkey's main window")), 900, 700));
        stage.show();
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        t.service.close();
    }

    /** Opens the real Add Code dialog, its Scan Screen taking pictures through {@link #screen}. */
    private void openAddCode(FxRobot robot, Map<String, String> environment) {
        robot.interact(() -> {
            AddCodeViewModel vm = new AddCodeViewModel(login, null, false, t.time, t.runner, t.errors, t.messages);
            AddCodeView view = new AddCodeView(vm, t.messages, new FxFileDialogs(new Windows(() -> mainWindow)), environment,
                    bounds -> screen.apply(bounds));
            dialog = new Windows(() -> mainWindow).dialog(new ViewLoader(t.messages).load(view), vm.title(), true);
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAddCode(FxRobot robot) {
        openAddCode(robot, Map.of("DISPLAY", ":0", "XDG_SESSION_TYPE", "x11"));
    }

    /** A desktop of the size asked for: grey, with the GitHub and Dropbox QR codes on it. */
    private WritableImage desktop(Rectangle2D bounds) {
        windowsWhenCaptured.add(windowStates());
        captured.add(bounds);
        WritableImage shot = new WritableImage((int) bounds.getWidth(), (int) bounds.getHeight());
        PixelWriter w = shot.getPixelWriter();
        for (int y = 0; y < shot.getHeight(); y++) {
            for (int x = 0; x < shot.getWidth(); x++) {
                w.setArgb(x, y, 0xFFB0B4BA);
            }
        }
        QrImages.paint(shot, GITHUB, (int) GITHUB_QR.getMinX(), (int) GITHUB_QR.getMinY(), (int) GITHUB_QR.getWidth());
        QrImages.paint(shot, DROPBOX, (int) DROPBOX_QR.getMinX(), (int) DROPBOX_QR.getMinY(),
                (int) DROPBOX_QR.getWidth());
        return shot;
    }

    /** Whether Latchkey's two windows can be seen: "visible" or "hidden" each. */
    private String windowStates() {
        return state(mainWindow) + " " + state(dialog);
    }

    private static String state(Stage s) {
        return s.isShowing() && s.getOpacity() > 0 && !s.isIconified() ? "visible" : "hidden";
    }

    private Optional<Stage> overlay() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.isShowing()
                && s.getTitle() != null && s.getTitle().startsWith("Drag around the QR code")).map(Stage.class::cast)
                .findFirst();
    }

    /** Presses Scan Screen and waits for the picker to show the picture of the screen. */
    private Stage scanScreen(FxRobot robot) throws Exception {
        robot.clickOn(inDialog(robot, "#screenButton", Button.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> overlay().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Stage overlay = overlay().orElseThrow();
        assertThat(windowsWhenCaptured).as("Latchkey's windows stepped aside for the picture")
                .containsExactly("hidden hidden");
        assertThat(captured).containsExactly(javafx.stage.Screen.getPrimary().getBounds());
        assertThat(overlay.getX()).isZero();
        assertThat(overlay.getY()).isZero();
        return overlay;
    }

    /** Drags with the mouse from one corner of {@code around} (grown by a margin) to the other. */
    private static void dragAround(FxRobot robot, Rectangle2D around) {
        double margin = 16;
        robot.moveTo(robot.point(around.getMinX() - margin, around.getMinY() - margin).query())
                .press(MouseButton.PRIMARY)
                .moveTo(robot.point(around.getMinX() + around.getWidth() / 2, around.getMinY() + 40).query())
                .moveTo(robot.point(around.getMaxX() + margin, around.getMaxY() + margin).query())
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends Node> T inDialog(FxRobot robot, String query, Class<T> type) {
        return robot.from(dialog.getScene().getRoot()).lookup(query).queryAs(type);
    }

    private List<String> found(FxRobot robot) {
        return inDialog(robot, "#foundList", VBox.class).getChildrenUnmodifiable().stream()
                .map(n -> ((Label) n).getText()).toList();
    }

    private List<Item> codeItems() throws LatchkeyException {
        return login.items().stream().filter(i -> i.itemClass() == ItemClass.VERIFICATION_CODE).toList();
    }

    private void assertWindowsBack() {
        assertThat(overlay()).as("the picker is gone").isEmpty();
        assertThat(windowStates()).as("Latchkey's windows are back").isEqualTo("visible visible");
    }

    @Test
    void draggingAroundOneOfTwoQrCodesAddsThatCode(FxRobot robot) throws Exception {
        openAddCode(robot);
        scanScreen(robot);
        robot.moveTo(robot.point(600, 100).query()).press(MouseButton.PRIMARY)
                .moveTo(robot.point(604, 103).query()).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlay()).as("a click without a drag picks nothing yet").isPresent();

        dragAround(robot, GITHUB_QR);
        assertWindowsBack();
        assertThat(inDialog(robot, "#foundTitle", Label.class).getText()).isEqualTo("Found 1 code in the screen:");
        assertThat(found(robot)).as("only the code inside the rectangle").containsExactly("•  GitHub: alice  ·  time-based");
        assertThat(inDialog(robot, "#error", Label.class).isVisible()).isFalse();

        robot.clickOn(inDialog(robot, "#addButton", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.isShowing()).as("the dialog closed").isFalse();
        List<Item> codes = codeItems();
        assertThat(codes).hasSize(1);
        OtpParameters stored = VerificationCodes.parameters(codes.get(0)).orElseThrow();
        assertThat(stored.issuer()).isEqualTo("GitHub");
        assertThat(stored.account()).isEqualTo("alice");
        try (Secret seed = Secret.copyOf("12345678901234567890".getBytes(StandardCharsets.US_ASCII))) {
            assertThat(new VerificationCodes(login, t.time).peek(codes.get(0).id()).code())
                    .isEqualTo(OtpGenerator.code(stored, seed, t.time.instant()).code());
        }
    }

    @Test
    void aQuickDragIsTakenToWhereTheMouseWasReleased(FxRobot robot) throws Exception {
        openAddCode(robot);
        Node picker = scanScreen(robot).getScene().getRoot();
        // As GTK delivers a quick drag (AddCodeX11Test): its last motion merged into the release.
        robot.interact(() -> {
            picker.fireEvent(mouse(MouseEvent.MOUSE_PRESSED, GITHUB_QR.getMinX() - 16, GITHUB_QR.getMinY() - 16));
            picker.fireEvent(mouse(MouseEvent.MOUSE_DRAGGED, GITHUB_QR.getMinX() + 40, GITHUB_QR.getMinY() + 40));
            picker.fireEvent(mouse(MouseEvent.MOUSE_RELEASED, GITHUB_QR.getMaxX() + 16, GITHUB_QR.getMaxY() + 16));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertWindowsBack();
        assertThat(found(robot)).containsExactly("•  GitHub: alice  ·  time-based");
    }

    private static MouseEvent mouse(EventType<MouseEvent> type, double x, double y) {
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        return new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false, down, false,
                false, false, false, false, null);
    }

    @Test
    void enterScansTheWholeScreen(FxRobot robot) throws Exception {
        openAddCode(robot);
        scanScreen(robot);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertWindowsBack();
        assertThat(inDialog(robot, "#foundTitle", Label.class).getText()).isEqualTo("Found 2 codes in the screen:");
        assertThat(found(robot)).containsExactlyInAnyOrder("•  GitHub: alice  ·  time-based",
                "•  Dropbox: bob  ·  time-based");
        robot.clickOn(inDialog(robot, "#addButton", Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(codeItems()).extracting(Item::displayName).hasSize(2);
    }

    @Test
    void escapeCancelsAndNothingChanges(FxRobot robot) throws Exception {
        openAddCode(robot);
        scanScreen(robot);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertWindowsBack();
        assertThat(found(robot)).isEmpty();
        assertThat(inDialog(robot, "#error", Label.class).isVisible()).isFalse();
        assertThat(inDialog(robot, "#addButton", Button.class).isDisabled()).isTrue();
        assertThat(codeItems()).isEmpty();
    }

    @Test
    void closingThePickerFromTheWindowManagerBringsTheWindowsBack(FxRobot robot) throws Exception {
        openAddCode(robot);
        Stage overlay = scanScreen(robot);
        // Alt+F4 or the desktop closing the overlay: a close request, as the platform sends it.
        robot.interact(() -> overlay.fireEvent(new WindowEvent(overlay, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertWindowsBack();
        assertThat(found(robot)).isEmpty();
        assertThat(codeItems()).isEmpty();
    }

    @Test
    void aRegionWithoutAQrCodeIsAnInlineError(FxRobot robot) throws Exception {
        openAddCode(robot);
        scanScreen(robot);
        dragAround(robot, new Rectangle2D(80, 80, 300, 200));
        assertWindowsBack();
        Label error = inDialog(robot, "#error", Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("No readable QR code was found in the image.");
        assertThat(found(robot)).isEmpty();
        assertThat(inDialog(robot, "#addButton", Button.class).isDisabled()).isTrue();
        assertThat(t.dialogs.errors).as("no error dialog").isEmpty();
        assertThat(codeItems()).isEmpty();
    }

    @Test
    void aScreenThatCannotBeCapturedIsAnInlineError(FxRobot robot) throws Exception {
        screen = bounds -> {
            windowsWhenCaptured.add(windowStates());
            throw new UnsupportedOperationException("no screen capture here");
        };
        openAddCode(robot);
        robot.clickOn(inDialog(robot, "#screenButton", Button.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !windowsWhenCaptured.isEmpty()
                && windowStates().equals("visible visible"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(windowsWhenCaptured).containsExactly("hidden hidden");
        assertWindowsBack();
        assertThat(inDialog(robot, "#error", Label.class).getText()).isEqualTo("Latchkey could not capture the screen "
                + "on this desktop. Save or copy the QR code as an image instead, then use Choose Image or Paste Image.");
        assertThat(t.dialogs.errors).as("no error dialog").isEmpty();
        assertThat(codeItems()).isEmpty();
    }

    @Test
    void inAWaylandSessionScanScreenSaysWhyNotAndTakesNoPicture(FxRobot robot) throws Exception {
        openAddCode(robot, Map.of("WAYLAND_DISPLAY", "wayland-0", "XDG_SESSION_TYPE", "wayland"));
        String why = "Screen scanning is not available here: in a Wayland session Latchkey cannot see other windows. "
                + "Save or copy the QR code as an image instead, then use Choose Image or Paste Image.";
        Label hint = inDialog(robot, "#screenHint", Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).isEqualTo(why);
        robot.clickOn(inDialog(robot, "#screenButton", Button.class));
        robot.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(captured).isEmpty();
        assertThat(overlay()).isEmpty();
        assertThat(inDialog(robot, "#error", Label.class).getText()).isEqualTo(why);
        assertThat(windowStates()).isEqualTo("visible visible");
    }
}
