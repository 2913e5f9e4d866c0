package dev.latchkey.app.passwordassistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.password.PasswordGenerator;
import dev.latchkey.model.password.PasswordStyle;
import dev.latchkey.model.password.StrengthMeter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PasswordAssistantViewModelTest {
    private final Messages messages = Messages.load(Locale.ENGLISH);
    private final PasswordAssistantViewModel vm = new PasswordAssistantViewModel(new PasswordGenerator(),
            new StrengthViewModel(new StrengthMeter(), messages), messages);

    @Test
    void startsWithAStrongRandomSuggestion() {
        String s = vm.suggestionProperty().get();
        assertThat(vm.styleProperty().get()).isEqualTo(PasswordStyle.RANDOM);
        assertThat(s).hasSize(vm.lengthProperty().get());
        assertThat(vm.strength().scoreProperty().get()).isEqualTo(4);
        assertThat(vm.entropyBitsProperty().get()).isGreaterThan(100);
        assertThat(vm.lengthTextProperty().get()).isEqualTo(s.length() + " characters");
    }

    @Test
    void everySettingDrawsANewSuggestionThatFollowsIt() {
        vm.lengthProperty().set(12);
        assertThat(vm.suggestionProperty().get()).hasSize(12);
        vm.symbolsProperty().set(false);
        vm.upperProperty().set(false);
        assertThat(vm.suggestionProperty().get()).matches("[a-z0-9]{12}");
        vm.excludeLookAlikesProperty().set(true);
        assertThat(vm.suggestionProperty().get()).doesNotContain("0", "1", "l");
        String before = vm.suggestionProperty().get();
        vm.generate();
        assertThat(vm.suggestionProperty().get()).isNotEqualTo(before);
    }

    @Test
    void eachStyleHasItsShapeAndRules() {
        vm.styleProperty().set(PasswordStyle.PIN);
        assertThat(vm.suggestionProperty().get()).matches("\\d{6}");
        assertThat(vm.classesAdjustableProperty().get()).isFalse();
        assertThat(vm.minLengthProperty().get()).isEqualTo(4);

        vm.styleProperty().set(PasswordStyle.APPLE);
        assertThat(vm.suggestionProperty().get()).matches("[A-Za-z0-9]{6}-[A-Za-z0-9]{6}-[A-Za-z0-9]{6}");
        assertThat(vm.lengthAdjustableProperty().get()).isFalse();

        vm.styleProperty().set(PasswordStyle.MEMORABLE);
        vm.lengthProperty().set(4);
        assertThat(vm.lengthTextProperty().get()).isEqualTo("4 words");
        assertThat(vm.suggestionProperty().get().split("-")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(vm.randomCharactersProperty().get()).isFalse();

        vm.styleProperty().set(PasswordStyle.RANDOM);
        assertThat(vm.randomCharactersProperty().get()).isTrue();
        assertThat(vm.lengthProperty().get()).isEqualTo(20);
    }

    @Test
    void lengthStaysWithinTheStylesRange() {
        vm.lengthProperty().set(500);
        assertThat(vm.suggestionProperty().get()).hasSize(vm.maxLengthProperty().get());
        vm.lengthProperty().set(1);
        assertThat(vm.suggestionProperty().get()).hasSize(vm.minLengthProperty().get());
    }

    @Test
    void clearForgetsTheSuggestion() {
        vm.clear();
        assertThat(vm.suggestionProperty().get()).isEmpty();
        assertThat(vm.strength().scoreProperty().get()).isEqualTo(StrengthViewModel.EMPTY);
        assertThat(vm.styleName(PasswordStyle.APPLE)).startsWith("Apple style");
    }
}
