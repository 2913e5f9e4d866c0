package dev.latchkey.app.keychains;

import dev.latchkey.model.keychain.KeychainRef;
import dev.latchkey.model.keychain.LockState;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A keychain in the sidebar: its name, lock state and whether it is the default. */
public final class KeychainEntry {
    private final KeychainRef ref;
    private final ReadOnlyObjectWrapper<LockState> state;
    private final ReadOnlyBooleanWrapper isDefault = new ReadOnlyBooleanWrapper();

    KeychainEntry(KeychainRef ref, LockState state) {
        this.ref = ref;
        this.state = new ReadOnlyObjectWrapper<>(state);
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
