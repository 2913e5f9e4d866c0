package dev.latchkey.app.toolkit;

import dev.latchkey.model.LatchkeyException;
import dev.latchkey.model.Status;
import java.time.Instant;
import java.util.Locale;

/**
 * What the error dialog shows: a short message, the {@link Status}, and details to copy into
 * a bug report. Never a stack trace, never a secret (model messages carry none).
 */
public record ErrorReport(Status status, String message, String details) {

    public static ErrorReport of(Throwable error, String version, Instant when) {
        Status status = statusOf(error);
        String message = sentence(error instanceof LatchkeyException ? error.getMessage() : status.message());
        StringBuilder details = new StringBuilder()
                .append("Latchkey ").append(version).append('\n')
                .append("Status: ").append(status.name()).append(" (").append(status.number()).append(")\n")
                .append("Message: ").append(message).append('\n')
                .append("Time: ").append(when).append('\n')
                .append("System: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(", Java ")
                .append(System.getProperty("java.version")).append('\n')
                .append("Causes:");
        for (Throwable t = error; t != null; t = t.getCause()) {
            details.append(' ').append(t.getClass().getName());
        }
        return new ErrorReport(status, message, details.toString());
    }

    public static Status statusOf(Throwable error) {
        return error instanceof LatchkeyException e ? e.status() : Status.INTERNAL;
    }

    /** Model messages are lower-case clauses; a dialog wants a sentence. */
    public static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return Status.INTERNAL.message();
        }
        String s = text.strip();
        s = s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
        return s.endsWith(".") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }
}
