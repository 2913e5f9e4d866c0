package dev.latchkey.app.keychains;

import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.LockState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A keychain in the sidebar: its name, lock state and whether it is the default. System Roots
 * is listed the same way but is read-only: never unlocked, locked, made default or deleted.
 */
public final class KeychainEntry {
    private final KeychainRef ref;
    private final boolean systemRoots;
    private final ReadOnlyObjectWrapper<LockState> state;
    private final ReadOnlyBooleanWrapper isDefault = new ReadOnlyBooleanWrapper();

    KeychainEntry(KeychainRef ref, LockState state) {
        this(ref, state, false);
    }

    private KeychainEntry(KeychainRef ref, LockState state, boolean systemRoots) {
        this.ref = ref;
        this.state = new ReadOnlyObjectWrapper<>(state);
        this.systemRoots = systemRoots;
    }

    /** The platform's roots; {@code ref} only names it (there is no keychain file). */
    static KeychainEntry systemRoots(KeychainRef ref) {
        return new KeychainEntry(ref, LockState.LOCKED, true);
    }

    /** True for System Roots: certificates to browse, nothing to unlock or change. */
    public boolean isSystemRoots() {
        return systemRoots;
    }

    public KeychainRef ref() {
        return ref;
    }

    public String name() {
        return ref.name();
    }

    public ReadOnlyObjectProperty<LockState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public LockState state() {
        return state.get();
    }

    public boolean isUnlocked() {
        return state.get() == LockState.UNLOCKED;
    }

    void state(LockState next) {
        state.set(next);
    }

    public ReadOnlyBooleanProperty defaultProperty() {
        return isDefault.getReadOnlyProperty();
    }

    public boolean isDefault() {
        return isDefault.get();
    }

    void isDefault(boolean value) {
        isDefault.set(value);
    }

    @Override
    public String toString() {
        return ref.name();
    }
}
