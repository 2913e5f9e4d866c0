package dev.latchkey.app.toolkit;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

/**
 * Shows a failure the way architecture §3 asks: expected problems (wrong password, duplicate item,
 * locked keychain, bad input) as a short notice; anything else in the error dialog with the
 * Status name. Unexpected failures are logged once, with their stack trace, to the log only.
 */
public final class ErrorPresenter {
    private static final System.Logger LOG = System.getLogger(ErrorPresenter.class.getName());
    private static final Set<Status> EXPECTED = EnumSet.of(Status.AUTH_FAILED, Status.DUPLICATE_ITEM,
            Status.DUPLICATE_KEYCHAIN, Status.ITEM_NOT_FOUND, Status.NO_SUCH_KEYCHAIN, Status.NO_DEFAULT_KEYCHAIN,
            Status.KEYCHAIN_LOCKED, Status.KEYCHAIN_IN_USE, Status.PARAM, Status.USER_CANCELED,
            Status.INTERACTION_REQUIRED);

    private final DialogService dialogs;
    private final Clock clock;
    private final String version;

    public ErrorPresenter(DialogService dialogs, Clock clock, String version) {
        this.dialogs = dialogs;
        this.clock = clock;
        this.version = version;
    }

    public static boolean isExpected(Throwable error) {
        return error instanceof LatchkeyException e && EXPECTED.contains(e.status());
    }

    public static boolean hasStatus(Throwable error, Status status) {
        return error instanceof LatchkeyException e && e.status() == status;
    }

    /** The one-line, sentence-case text for an inline error label. */
    public static String inlineMessage(Throwable error) {
        return ErrorReport.sentence(error instanceof LatchkeyException ? error.getMessage()
                : ErrorReport.statusOf(error).message());
    }

    public void present(Throwable error) {
        if (isExpected(error)) {
            dialogs.notify(inlineMessage(error));
            return;
        }
        LOG.log(System.Logger.Level.ERROR, "unexpected failure", error);
        dialogs.showError(ErrorReport.of(error, version, clock.instant()));
    }
}
