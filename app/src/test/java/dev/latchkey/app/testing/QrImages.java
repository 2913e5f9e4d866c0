package dev.latchkey.app.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * QR codes drawn with ZXing while a test runs (no binary fixtures), as JavaFX images: for the
 * clipboard, for a window on the screen, or painted into a larger picture of a desktop.
 */
public final class QrImages {
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrImages() {
    }

    /** A {@code size}×{@code size} QR code of {@code text}, with ZXing's quiet zone. */
    public static WritableImage of(String text, int size) {
        WritableImage image = new WritableImage(size, size);
        paint(image, text, 0, 0, size);
        return image;
    }

    /** Paints a QR code of {@code text} into {@code target} with its top left corner at (x, y). */
    public static void paint(WritableImage target, String text, int x, int y, int size) {
        BitMatrix m = matrix(text, size);
        PixelWriter w = target.getPixelWriter();
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                w.setArgb(x + col, y + row, m.get(col, row) ? BLACK : WHITE);
            }
        }
    }

    /** A picture of the same size with no QR code in it: grey and white stripes. */
    public static WritableImage stripes(int width, int height) {
        WritableImage image = new WritableImage(width, height);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                w.setArgb(x, y, (x / 10) % 2 == 0 ? 0xFF808080 : WHITE);
            }
        }
        return image;
    }

    private static BitMatrix matrix(String text, int size) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot draw a QR code of " + text.length() + " characters", e);
        }
    }
}
