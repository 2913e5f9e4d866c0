package dev.latchkey.app.testing;

import dev.latchkey.app.toolkit.Confirmation;
import dev.latchkey.app.toolkit.DialogService;
import dev.latchkey.app.toolkit.ErrorReport;
import java.util.ArrayList;
import java.util.List;

/** A {@link DialogService} that answers confirmations as told and records what was shown. */
public final class RecordingDialogs implements DialogService {
    public final List<Confirmation> confirmations = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final List<ErrorReport> errors = new ArrayList<>();
    private boolean answer = true;

    public RecordingDialogs answer(boolean yes) {
        this.answer = yes;
        return this;
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        confirmations.add(confirmation);
        return answer;
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public void showError(ErrorReport report) {
        errors.add(report);
    }
}
