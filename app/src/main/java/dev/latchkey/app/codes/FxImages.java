package dev.latchkey.app.codes;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/** JavaFX images as AWT ones, for ZXing (without the javafx-swing module). */
final class FxImages {
    private FxImages() {
    }

    /** The pixels of {@code image} (or of the region x, y, w, h of it) as an ARGB BufferedImage. */
    static BufferedImage toBuffered(Image image, int x, int y, int width, int height) {
        PixelReader reader = image.getPixelReader();
        if (reader == null || width <= 0 || height <= 0) {
            throw new IllegalArgumentException("the image has no readable pixels");
        }
        int[] argb = new int[width * height];
        reader.getPixels(x, y, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, width, height, argb, 0, width);
        return out;
    }

    static BufferedImage toBuffered(Image image) {
        return toBuffered(image, 0, 0, (int) image.getWidth(), (int) image.getHeight());
    }
}
