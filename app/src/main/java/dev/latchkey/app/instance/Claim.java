package dev.latchkey.app.instance;

/** What a GUI start found at the data folder's socket. */
public sealed interface Claim {
    /** This process listens now: it is the one window. */
    record Serving(InstanceServer server) implements Claim {
    }

    /** Another window answers at the socket. */
    record RunningElsewhere() implements Claim {
    }

    /** No channel can be had (path too long, folder not writable…): the window starts without one. */
    record Unavailable(String reason) implements Claim {
    }
}
