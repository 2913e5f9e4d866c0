package dev.latchkey.app.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.scene.image.Image;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;

/** The icon PNGs are in the jar, decode, and have the sizes their names promise. */
class AppIconsTest {
    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static List<Integer> sizes() {
        return AppIcons.SIZES;
    }

    @ParameterizedTest
    @MethodSource("sizes")
    void everySizeDecodesAtItsSize(int size) {
        Image image = AppIcons.image(size);

        assertThat(image.isError()).as("decoding error: %s", image.getException()).isFalse();
        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
    }

    @Test
    void windowIconsAreTheTwoSizesJavaFxShows() {
        List<Image> icons = AppIcons.windowIcons();

        assertThat(icons).extracting(Image::getWidth).containsExactly(32.0, 128.0);
        assertThat(icons).noneMatch(Image::isError);
        assertThat(AppIcons.windowIcons()).isSameAs(icons);
    }

    @Test
    void theIconIsOpaqueInTheMiddleAndTransparentInTheCorner() {
        Image image = AppIcons.image(64);

        assertThat(image.getPixelReader().getColor(32, 32).getOpacity()).isEqualTo(1.0);
        assertThat(image.getPixelReader().getColor(0, 0).getOpacity()).isZero();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 20, 1024})
    void anUnrenderedSizeIsRefused(int size) {
        assertThatThrownBy(() -> AppIcons.image(size))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(size + " px");
    }
}
