package dev.latchkey.model.keychain;

/** Told after the keychain's items change, here or in another process. Called on any thread. */
@FunctionalInterface
public interface KeychainListener {
    void itemsChanged(Keychain keychain);
}
