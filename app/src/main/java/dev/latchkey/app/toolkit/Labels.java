package dev.latchkey.app.toolkit;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Small label bindings shared by the views. */
public final class Labels {
    private Labels() {
    }

    /** Shows the label (and gives it room) only while {@code text} is not empty. */
    public static void showWhenSet(Label label, ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
