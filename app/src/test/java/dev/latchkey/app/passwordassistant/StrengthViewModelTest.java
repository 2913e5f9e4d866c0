package dev.latchkey.app.passwordassistant;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.password.StrengthMeter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StrengthViewModelTest {
    private final StrengthViewModel vm = new StrengthViewModel(new StrengthMeter(), Messages.load(Locale.ENGLISH));

    @Test
    void judgesAPasswordInPlainWordsWithoutKeepingIt() {
        char[] weak = "password1".toCharArray();
        vm.measure(weak);
        assertThat(weak).as("the caller's array is untouched").containsExactly("password1".toCharArray());
        assertThat(vm.scoreProperty().get()).isLessThanOrEqualTo(1);
        assertThat(vm.isVeryWeak()).isTrue();
        assertThat(vm.verdictProperty().get()).isIn("Very weak", "Weak");
        assertThat(vm.hintProperty().get()).isNotBlank();

        vm.measure("violet-cactus-harbor-glimmer-9".toCharArray());
        assertThat(vm.scoreProperty().get()).isEqualTo(4);
        assertThat(vm.verdictProperty().get()).isEqualTo("Excellent");
        assertThat(vm.entropyBitsProperty().get()).isGreaterThan(60);
        assertThat(vm.isVeryWeak()).isFalse();
        assertThat(vm.isWeak()).isFalse();

        vm.measure(new char[0]);
        assertThat(vm.scoreProperty().get()).isEqualTo(StrengthViewModel.EMPTY);
        assertThat(vm.verdictProperty().get()).isEmpty();
        assertThat(vm.isVeryWeak()).as("empty is not judged").isFalse();
    }
}
