package dev.latchkey.app.ui;

/** Stops something scheduled. */
@FunctionalInterface
public interface Cancellable {
    Cancellable NONE = () -> { };

    void cancel();
}
