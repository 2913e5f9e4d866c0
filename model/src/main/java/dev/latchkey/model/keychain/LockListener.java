package dev.latchkey.model.keychain;

/** Told when a keychain's lock state changes in this process. Called on any thread. */
@FunctionalInterface
public interface LockListener {
    void lockStateChanged(KeychainRef ref, LockState state);
}
