package dev.latchkey.app.hotkey;

import java.util.Optional;

/** A shortcut that cannot work here, and says why. */
record Unsupported(String keys, Unavailable reason) implements GlobalShortcut {
    @Override
    public Optional<Unavailable> unavailable() {
        return Optional.of(reason);
    }

    @Override
    public Optional<Unavailable> caveat() {
        return Optional.empty();
    }

    @Override
    public void onPressed(Runnable receiver) {
        // Nothing will ever be pressed.
    }

    @Override
    public void close() {
        // Nothing was taken.
    }
}
