package dev.latchkey.app.toolkit;

/** Stops something scheduled. */
@FunctionalInterface
public interface Cancellable {
    Cancellable NONE = () -> { };

    void cancel();
}
