package dev.latchkey.model.keychain;

/**
 * One user's hold on an unlocked keychain, for the length of a task (a CLI command, a D-Bus
 * call). A keychain unlocked only for leases locks again when the last one is closed; one the
 * user unlocked stays unlocked. Locking waits for the leases held at that moment to close.
 */
public final class KeychainLease implements AutoCloseable {
    private final Keychain keychain;
    private final Runnable release;
    private boolean closed;

    KeychainLease(Keychain keychain, Runnable release) {
        this.keychain = keychain;
        this.release = release;
    }

    public Keychain keychain() {
        return keychain;
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            release.run();
        }
    }
}
