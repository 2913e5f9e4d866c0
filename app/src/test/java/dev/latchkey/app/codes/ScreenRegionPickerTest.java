package dev.latchkey.app.codes;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which pixels of the screen's picture a rectangle dragged on the picker covers. */
class ScreenRegionPickerTest {
    private static final Rectangle2D SCREEN = new Rectangle2D(0, 0, 1280, 800);

    @ParameterizedTest(name = "{0}: {1},{2} {3}x{4} on a {5}x{6} picture → {7},{8} {9}x{10}")
    @CsvSource({
        // what,                           selection x, y, w, h,   picture w, h,  pixels x, y, w, h
        "same size,                        100, 50, 200, 120,      1280, 800,     100, 50, 200, 120",
        "fractions are cut,                100.7, 50.2, 200.9, 120.5, 1280, 800,  100, 50, 201, 120",
        "a HiDPI screen (scale 2),         100, 50, 200, 120,      2560, 1600,    200, 100, 400, 240",
        "a scale of 1.5,                   100, 50, 200, 120,      1920, 1200,    150, 75, 300, 180",
        "past the right and bottom edges,  1200, 700, 200, 200,    1280, 800,     1200, 700, 80, 100",
        "the whole screen,                 0, 0, 1280, 800,        1280, 800,     0, 0, 1280, 800",
        // Dragged onto a screen left of or above the primary one: only the part on this one.
        "past the left and top edges,      -100, -50, 300, 200,    1280, 800,     0, 0, 200, 150",
        "past the left edge on HiDPI,      -100, 50, 300, 200,     2560, 1600,    0, 100, 400, 400",
        "past every edge,                  -10, -10, 1300, 820,    1280, 800,     0, 0, 1280, 800",
        "nothing but a sliver on this one, -100, 10, 100.5, 200,   1280, 800,     0, 10, 0, 200",
    })
    void theSelectionInThePicturesPixels(String what, double x, double y, double w, double h, double imageWidth,
            double imageHeight, double px, double py, double pw, double ph) {
        assertThat(ScreenRegionPicker.pixels(new Rectangle2D(x, y, w, h), SCREEN, imageWidth, imageHeight))
                .as(what).isEqualTo(new Rectangle2D(px, py, pw, ph));
    }
}
