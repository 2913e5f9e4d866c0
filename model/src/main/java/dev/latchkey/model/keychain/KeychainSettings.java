package dev.latchkey.model.keychain;

/**
 * Per-keychain settings, as Keychain Access offers them: lock after this many idle minutes
 * (0 = never) and lock when the computer sleeps. Stored sealed in the keychain itself.
 */
public record KeychainSettings(int autoLockMinutes, boolean lockOnSleep) {
    public static final KeychainSettings DEFAULT = new KeychainSettings(15, true);
    public static final int MAX_AUTO_LOCK_MINUTES = 7 * 24 * 60;

    public KeychainSettings {
        if (autoLockMinutes < 0 || autoLockMinutes > MAX_AUTO_LOCK_MINUTES) {
            throw new IllegalArgumentException("auto-lock must be between 0 and " + MAX_AUTO_LOCK_MINUTES + " minutes");
        }
    }

    byte[] encode() {
        return java.nio.ByteBuffer.allocate(6).put((byte) 1).putInt(autoLockMinutes)
                .put((byte) (lockOnSleep ? 1 : 0)).array();
    }

    static KeychainSettings decode(byte[] b) {
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
        if (b.length != 6 || buf.get() != 1) {
            throw new IllegalArgumentException("unknown settings encoding");
        }
        return new KeychainSettings(buf.getInt(), buf.get() != 0);
    }
}
