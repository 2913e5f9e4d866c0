package dev.latchkey.app.toolkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads {@code XxxView.fxml} (next to the {@code XxxView} class) with the UI bundle, using
 * the given code-behind instance as its controller.
 */
public final class ViewLoader {
    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    public Parent load(Object view) {
        Class<?> type = view.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("no FXML for " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(wanted -> {
            if (wanted.isInstance(view)) {
                return view;
            }
            throw new IllegalStateException(fxml + " asks for controller " + wanted.getName());
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
    }
}
