package dev.latchkey.app.items;

import javafx.beans.value.ObservableBooleanValue;

/** What the item table's context menu and keys can ask for; the main window's view model does it. */
public interface ItemActions {
    void copyPassword();

    void copyAccount();

    void getInfo();

    void deleteSelected();

    /** Asks for the password of the keychain whose locked state the table shows. */
    void unlockShown();

    void newKeychain();

    ObservableBooleanValue canCopyPassword();

    ObservableBooleanValue canCopyAccount();

    ObservableBooleanValue hasFocusedItem();
}
