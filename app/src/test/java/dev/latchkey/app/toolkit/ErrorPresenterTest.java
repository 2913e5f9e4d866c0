package dev.latchkey.app.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.app.testing.ManualTime;
import dev.latchkey.app.testing.MemoryClipboard;
import dev.latchkey.app.testing.RecordingDialogs;
import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ErrorPresenterTest {
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ErrorPresenter presenter = new ErrorPresenter(dialogs, new ManualTime(), "1.2.3");

    @Test
    void expectedProblemsAreAShortNotice() {
        presenter.present(new LatchkeyException(Status.DUPLICATE_ITEM, "the item already exists"));
        assertThat(dialogs.notices).containsExactly("The item already exists.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void unexpectedOnesGoToTheErrorDialogWithTheStatusAndNoStackTrace() {
        presenter.present(new LatchkeyException(Status.TAMPERED, "item 42 failed its integrity check",
                new IOException("disk said no")));
        presenter.present(new IllegalStateException("a bug with internal details"));
        assertThat(dialogs.notices).isEmpty();
        ErrorReport tampered = dialogs.errors.get(0);
        assertThat(tampered.status()).isEqualTo(Status.TAMPERED);
        assertThat(tampered.message()).isEqualTo("Item 42 failed its integrity check.");
        assertThat(tampered.details()).contains("Latchkey 1.2.3", "TAMPERED (-26276)", "java.io.IOException")
                .doesNotContain("\tat ", "disk said no");
        ErrorReport bug = dialogs.errors.get(1);
        assertThat(bug.status()).isEqualTo(Status.INTERNAL);
        assertThat(bug.message()).isEqualTo("An internal error occurred.");
        assertThat(bug.details()).doesNotContain("internal details");
    }

    @Test
    void theDialogCopiesItsDetails() {
        MemoryClipboard clipboard = new MemoryClipboard();
        ErrorReport report = ErrorReport.of(new LatchkeyException(Status.IO, "cannot write"), "1", new ManualTime().instant());
        ErrorViewModel vm = new ErrorViewModel(report, clipboard);
        assertThat(vm.statusLine()).isEqualTo("IO (-36)");
        assertThat(vm.message()).isEqualTo("Cannot write.");
        vm.copyDetails();
        assertThat(clipboard.current()).isEqualTo(report.details());
        assertThat(vm.copiedProperty().get()).isTrue();
    }
}
