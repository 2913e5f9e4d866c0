package dev.latchkey.app.instance;

/** What became of a request to the running window; {@code reason} is one line for a user, empty when delivered. */
public record Delivery(Outcome outcome, String reason) {
    public enum Outcome {
        /** The window took the request (it acts on it as soon as it is ready). */
        DELIVERED,
        /** No window runs for this data folder. */
        NOT_RUNNING,
        /** Latchkey runs for this data folder without a window ({@code latchkey daemon}). */
        NO_WINDOW,
        /** A window may run, but the request did not reach it; see the reason. */
        FAILED
    }

    static Delivery delivered() {
        return new Delivery(Outcome.DELIVERED, "");
    }

    static Delivery notRunning() {
        return new Delivery(Outcome.NOT_RUNNING, "Latchkey is not running");
    }

    static Delivery noWindow() {
        return new Delivery(Outcome.NO_WINDOW, "Latchkey runs without a window (latchkey daemon)");
    }

    static Delivery failed(String reason) {
        return new Delivery(Outcome.FAILED, reason);
    }
}
