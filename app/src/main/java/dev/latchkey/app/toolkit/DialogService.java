package dev.latchkey.app.toolkit;

/**
 * The dialogs view models may open, behind an interface so view-model tests need no window.
 * Every method is called on the UI thread.
 */
public interface DialogService {
    /** Asks before an action; true when the user chose the action. */
    boolean confirm(Confirmation confirmation);

    /** A short, non-blocking notice for an expected problem or a finished action. */
    void notify(String message);

    /** The one error dialog for unexpected failures. */
    void showError(ErrorReport report);
}
