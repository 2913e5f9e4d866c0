package dev.latchkey.app.toolkit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The error dialog: a short message, the Status name and number, and "copy details". */
public final class ErrorViewModel {
    private final ErrorReport report;
    private final SystemClipboard clipboard;
    private final ReadOnlyBooleanWrapper copied = new ReadOnlyBooleanWrapper();

    public ErrorViewModel(ErrorReport report, SystemClipboard clipboard) {
        this.report = report;
        this.clipboard = clipboard;
    }

    public String message() {
        return report.message();
    }

    public String statusLine() {
        return report.status().name() + " (" + report.status().number() + ")";
    }

    /** Puts the details (no stack trace, no secrets) on the clipboard for a bug report. */
    public void copyDetails() {
        clipboard.putText(report.details().toCharArray());
        copied.set(true);
    }

    public ReadOnlyBooleanProperty copiedProperty() {
        return copied.getReadOnlyProperty();
    }
}
