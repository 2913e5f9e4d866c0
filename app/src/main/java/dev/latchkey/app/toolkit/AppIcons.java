package dev.latchkey.app.toolkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import javafx.scene.image.Image;

/**
 * The Latchkey icon ({@code resources/icons/latchkey.svg}) as JavaFX images. Every window
 * sets it with {@code stage.getIcons().setAll(AppIcons.windowIcons())}.
 */
public final class AppIcons {
    /** The rendered sizes in pixels; {@code app/pom.xml} copies them from {@code resources/icons/png}. */
    public static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256, 512);

    private static final String FOLDER = "/dev/latchkey/app/icons/";

    private AppIcons() {
    }

    /**
     * The icons for {@code Stage.getIcons()}. JavaFX shows one of them scaled to 32 px on
     * Windows and 128 px on Linux and macOS, so those two sizes are all it needs. Decoded
     * once and shared by every window.
     */
    public static List<Image> windowIcons() {
        return WindowIcons.IMAGES;
    }

    /** The icon at one of {@link #SIZES}, decoded anew (e.g. 128 for an About dialog). */
    public static Image image(int size) {
        if (!SIZES.contains(size)) {
            throw new IllegalArgumentException("no " + size + " px Latchkey icon; the sizes are " + SIZES);
        }
        String path = FOLDER + "latchkey-" + size + ".png";
        try (InputStream in = AppIcons.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the icon " + path + " is missing from the jar");
            }
            return new Image(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the icon " + path, e);
        }
    }

    private static final class WindowIcons {
        static final List<Image> IMAGES = List.of(image(32), image(128));
    }
}
