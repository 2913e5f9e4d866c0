package dev.latchkey.app.codes;

import dev.latchkey.app.testing.QrImages;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;

/**
 * Another application's window with a QR code in it (as a website would show one), in its own
 * process: reads the QR code's text from standard input, shows it at the screen position
 * given as arguments (x, y, size), with a fourth argument {@code copy} also puts the picture on
 * the clipboard (Copy Image), and prints {@code READY x y} with the window's position once it
 * is on the screen. It runs until killed (and serves the clipboard until then).
 */
public final class QrOnScreen {
    private static final String TITLE = "A QR code from elsewhere";

    private QrOnScreen() {
    }

    public static void main(String[] args) throws IOException {
        String text = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        int x = Integer.parseInt(args[0]);
        int y = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        boolean copy = args.length > 3 && args[3].equals("copy");
        Platform.startup(() -> {
            WritableImage qr = QrImages.of(text, size);
            Stage stage = new Stage(StageStyle.UNDECORATED);
            stage.setTitle(TITLE);
            stage.setScene(new Scene(new StackPane(new ImageView(qr)), size, size));
            stage.setX(x);
            stage.setY(y);
            stage.setOnShown(e -> {
                // A window manager may place a new window where it likes; moving a mapped one is honoured.
                stage.setX(x);
                stage.setY(y);
                PauseTransition settle = new PauseTransition(Duration.millis(500));
                settle.setOnFinished(f -> {
                    if (copy) {
                        ClipboardContent content = new ClipboardContent();
                        content.putImage(qr);
                        Clipboard.getSystemClipboard().setContent(content);
                    }
                    System.out.println("READY " + (int) stage.getX() + " " + (int) stage.getY());
                    System.out.flush();
                });
                settle.play();
            });
            stage.show();
        });
    }
}
