package dev.latchkey.model.keychain;

/** A keychain's lock state in this process (Cryptomator-style explicit states). */
public enum LockState {
    LOCKED, UNLOCKING, UNLOCKED, LOCKING;

    /** Transitions the state machine allows; anything else is a programming error. */
    boolean canMoveTo(LockState next) {
        return switch (this) {
            case LOCKED -> next == UNLOCKING;
            case UNLOCKING -> next == UNLOCKED || next == LOCKED;
            case UNLOCKED -> next == LOCKING;
            case LOCKING -> next == LOCKED;
        };
    }
}
