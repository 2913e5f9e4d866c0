package dev.latchkey.app.codes;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.robot.Robot;
import javafx.scene.shape.Rectangle;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * "Scan Screen": Latchkey's windows step aside, the screen is captured (JavaFX's Robot), and
 * the capture is shown full-screen so the user can drag a rectangle around the QR code (or
 * press Enter for all of it). The chosen part goes to {@code picked}; Escape cancels.
 */
final class ScreenRegionPicker {
    /** The whole of {@code bounds} in the screen's own pixels, by JavaFX's Robot. */
    static final Function<Rectangle2D, WritableImage> ROBOT =
            bounds -> new Robot().getScreenCapture(null, bounds, false);

    private final String hint;
    private final Function<Rectangle2D, WritableImage> screen;
    private final Consumer<BufferedImage> picked;
    private final Consumer<Exception> failed;
    private final List<Aside> aside = new ArrayList<>();
    private Stage overlay;
    private double startX;
    private double startY;

    private ScreenRegionPicker(String hint, Function<Rectangle2D, WritableImage> screen,
            Consumer<BufferedImage> picked, Consumer<Exception> failed) {
        this.hint = hint;
        this.screen = screen;
        this.picked = picked;
        this.failed = failed;
    }

    /** @param screen takes the picture of the screen (usually {@link #ROBOT}) */
    static void pick(String hint, Function<Rectangle2D, WritableImage> screen, Consumer<BufferedImage> picked,
            Consumer<Exception> failed) {
        new ScreenRegionPicker(hint, screen, picked, failed).start();
    }

    /** A window made transparent, and minimised when the desktop does not show transparency. */
    private record Aside(Window window, double opacity, boolean iconified) {
    }

    private void start() {
        // Transparency needs a compositor. Without one (X11 with many window managers) transparent
        // windows stay on the screen and hide what is under them: minimise them there instead.
        boolean transparent = Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW);
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.isShowing()) {
                boolean iconify = !transparent && w instanceof Stage s && !s.isIconified();
                aside.add(new Aside(w, w.getOpacity(), iconify));
                w.setOpacity(0);
                if (iconify) {
                    ((Stage) w).setIconified(true);
                }
            }
        }
        // Give the compositor or window manager a moment to take the windows off the screen.
        PauseTransition settle = new PauseTransition(Duration.millis(transparent ? 350 : 600));
        settle.setOnFinished(e -> capture());
        settle.play();
    }

    private void restore() {
        for (Aside a : aside) {
            if (a.iconified()) {
                ((Stage) a.window()).setIconified(false);
            }
            a.window().setOpacity(a.opacity());
        }
        aside.clear();
    }

    private void capture() {
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        WritableImage shot;
        try {
            shot = screen.apply(bounds);
        } catch (RuntimeException e) {
            restore();
            failed.accept(e);
            return;
        }
        if (shot == null || shot.getPixelReader() == null) {
            restore();
            failed.accept(new IllegalStateException("no screen capture"));
            return;
        }
        showOverlay(shot, bounds);
    }

    private void showOverlay(WritableImage shot, Rectangle2D bounds) {
        ImageView view = new ImageView(shot);
        view.setFitWidth(bounds.getWidth());
        view.setFitHeight(bounds.getHeight());
        Rectangle shade = new Rectangle(bounds.getWidth(), bounds.getHeight(), Color.rgb(0, 0, 0, 0.25));
        Rectangle selection = new Rectangle();
        selection.getStyleClass().add("selection");
        selection.setVisible(false);
        Pane drawing = new Pane(selection);
        Label label = new Label(hint);
        label.getStyleClass().add("picker-hint");
        StackPane.setAlignment(label, Pos.TOP_CENTER);
        label.setTranslateY(24);
        StackPane root = new StackPane(view, shade, drawing, label);
        root.getStyleClass().add("region-picker");
        root.getStylesheets().add(ScreenRegionPicker.class.getResource("codes.css").toExternalForm());
        root.setOnMousePressed(e -> {
            startX = e.getX();
            startY = e.getY();
            selection.setVisible(true);
            selection.setX(startX);
            selection.setY(startY);
            selection.setWidth(0);
            selection.setHeight(0);
        });
        root.setOnMouseDragged(e -> stretch(selection, e));
        root.setOnMouseReleased(e -> {
            if (!selection.isVisible()) {
                return; // pressed before the picker was there
            }
            // The rectangle ends where the mouse was let go: after a quick drag the desktop may send
            // no motion there (GTK merges it into the release), or none at all.
            stretch(selection, e);
            Rectangle2D r = pixels(new Rectangle2D(selection.getX(), selection.getY(), selection.getWidth(),
                    selection.getHeight()), bounds, shot.getWidth(), shot.getHeight());
            if (selection.getWidth() < 8 || selection.getHeight() < 8 || r.getWidth() < 1 || r.getHeight() < 1) {
                selection.setVisible(false);
                return;
            }
            finish(FxImages.toBuffered(shot, (int) r.getMinX(), (int) r.getMinY(), (int) r.getWidth(),
                    (int) r.getHeight()));
        });
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight(), Color.TRANSPARENT);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                finish(null);
            } else if (e.getCode() == KeyCode.ENTER) {
                finish(FxImages.toBuffered(shot));
            }
        });
        overlay = new Stage(StageStyle.UNDECORATED);
        overlay.getIcons().setAll(dev.latchkey.app.toolkit.AppIcons.windowIcons());
        overlay.setScene(scene);
        overlay.setX(bounds.getMinX());
        overlay.setY(bounds.getMinY());
        overlay.setAlwaysOnTop(true);
        overlay.setTitle(hint);
        // However it goes (a drag, Enter, Escape, or the window manager closing it), the windows come back.
        overlay.setOnHidden(e -> restore());
        overlay.show();
        overlay.requestFocus();
    }

    private void stretch(Rectangle selection, MouseEvent e) {
        selection.setX(Math.min(startX, e.getX()));
        selection.setY(Math.min(startY, e.getY()));
        selection.setWidth(Math.abs(e.getX() - startX));
        selection.setHeight(Math.abs(e.getY() - startY));
    }

    /**
     * The pixels of a {@code imageWidth}×{@code imageHeight} capture of {@code screen} that a
     * selection on the overlay (in the screen's coordinates, from its top left corner) covers.
     */
    static Rectangle2D pixels(Rectangle2D selection, Rectangle2D screen, double imageWidth, double imageHeight) {
        double sx = imageWidth / screen.getWidth();
        double sy = imageHeight / screen.getHeight();
        // Clipped on every side: a drag can go on to another screen, past any edge of this one.
        int x = (int) Math.max(0, selection.getMinX() * sx);
        int y = (int) Math.max(0, selection.getMinY() * sy);
        int right = (int) Math.min(imageWidth, selection.getMaxX() * sx);
        int bottom = (int) Math.min(imageHeight, selection.getMaxY() * sy);
        return new Rectangle2D(x, y, Math.max(0, right - x), Math.max(0, bottom - y));
    }

    private void finish(BufferedImage region) {
        overlay.hide();
        if (region != null) {
            picked.accept(region);
        }
    }
}
