package dev.latchkey.app.mainwindow;

import dev.latchkey.app.items.Category;
import dev.latchkey.app.items.ItemTableViewModel;
import dev.latchkey.app.keychains.KeychainEntry;
import dev.latchkey.app.keychains.KeychainsViewModel;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.model.keychain.LockState;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sidebar: keychains with their lock state (click the lock to lock or unlock) and categories with counts. */
public final class KeychainsView {
    private static final double CELL = 34;
    private static final java.text.NumberFormat COUNT = java.text.NumberFormat.getIntegerInstance();

    private final MainViewModel main;
    private final KeychainsViewModel keychains;
    private final ItemTableViewModel table;
    private final Messages messages;
    @FXML
    private ListView<KeychainEntry> keychainList;
    @FXML
    private ListView<Category> categoryList;

    public KeychainsView(MainViewModel main, Messages messages) {
        this.main = main;
        this.keychains = main.keychains();
        this.table = main.table();
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        keychainList.setItems(keychains.listed());
        keychainList.setCellFactory(l -> new KeychainCell());
        keychainList.prefHeightProperty().bind(Bindings.size(keychains.listed()).multiply(CELL).add(4));
        keychainList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null && now != keychains.selected()) {
                keychains.selectedProperty().set(now);
            }
        });
        keychains.selectedProperty().addListener((o, old, now) -> keychainList.getSelectionModel().select(now));
        keychainList.getSelectionModel().select(keychains.selected());

        categoryList.setItems(table.listedCategories());
        categoryList.setCellFactory(l -> new CategoryCell());
        categoryList.getSelectionModel().select(table.categoryProperty().get());
        categoryList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (now != null) {
                table.categoryProperty().set(now);
            }
        });
        table.categoryProperty().addListener((o, old, now) -> categoryList.getSelectionModel().select(now));
        table.listedCategories().addListener((javafx.collections.ListChangeListener<Category>) c -> {
            if (!table.listedCategories().contains(table.categoryProperty().get())) {
                table.categoryProperty().set(Category.ALL_ITEMS);
            }
            categoryList.getSelectionModel().select(table.categoryProperty().get());
        });
    }

    /** A keychain: name, "default" caption, and a lock button showing and toggling its state. */
    private final class KeychainCell extends ListCell<KeychainEntry> {
        private final FontIcon keychainIcon = new FontIcon("mdi2k-key-chain-variant");
        private final Label name = new Label();
        private final Label caption = new Label(messages.get("sidebar.default"));
        private final FontIcon lockIcon = new FontIcon();
        private final Button lockButton = new Button(null, lockIcon);
        private final Tooltip lockTip = new Tooltip();
        private final HBox box;
        private final ChangeListener<LockState> stateListener = (o, old, now) -> showState(now);
        private KeychainEntry shown;

        KeychainCell() {
            keychainIcon.setIconSize(16);
            caption.getStyleClass().add("caption");
            lockButton.getStyleClass().addAll("lock-toggle", "flat");
            lockButton.setTooltip(lockTip);
            lockButton.setFocusTraversable(false);
            lockButton.setOnAction(e -> main.toggleLock(shown));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            VBox text = new VBox(name);
            text.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            box = new HBox(8, keychainIcon, name, caption, spacer, lockButton);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            setGraphicTextGap(0);
        }

        @Override
        protected void updateItem(KeychainEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (shown != null) {
                shown.stateProperty().removeListener(stateListener);
                caption.visibleProperty().unbind();
            }
            shown = empty ? null : entry;
            if (shown == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            name.setText(entry.name());
            keychainIcon.setIconLiteral(entry.isSystemRoots() ? "mdi2s-shield-lock-outline" : "mdi2k-key-chain-variant");
            // System Roots is never locked or unlocked: no lock button.
            lockButton.setVisible(!entry.isSystemRoots());
            caption.visibleProperty().bind(entry.defaultProperty());
            caption.managedProperty().bind(caption.visibleProperty());
            entry.stateProperty().addListener(stateListener);
            showState(entry.state());
            setText(null);
            setGraphic(box);
        }

        private void showState(LockState state) {
            if (shown.isSystemRoots()) {
                setAccessibleText(shown.name() + ", " + messages.get("sidebar.readOnly"));
                return;
            }
            boolean unlocked = state == LockState.UNLOCKED;
            lockIcon.setIconLiteral(unlocked ? "mdi2l-lock-open-variant-outline" : "mdi2l-lock-outline");
            String tip = messages.get(unlocked ? "sidebar.lock" : "sidebar.unlock", shown.name());
            lockTip.setText(tip);
            lockButton.setAccessibleText(tip);
            setAccessibleText(shown.name() + ", " + messages.get(unlocked ? "sidebar.unlocked" : "sidebar.locked"));
        }
    }

    /** A category: icon, name and its item count. */
    private final class CategoryCell extends ListCell<Category> {
        private final FontIcon icon = new FontIcon();
        private final Label name = new Label();
        private final Label count = new Label();
        private final HBox box;

        CategoryCell() {
            icon.setIconSize(16);
            count.getStyleClass().add("count-badge");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            box = new HBox(8, icon, name, spacer, count);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Category c, boolean empty) {
            super.updateItem(c, empty);
            count.textProperty().unbind();
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            icon.setIconLiteral(iconOf(c));
            name.setText(messages.get("category." + c.name()));
            count.textProperty().bind(Bindings.createStringBinding(
                    () -> COUNT.format(table.countProperty(c).get()), table.countProperty(c)));
            count.visibleProperty().bind(table.stateProperty().isEqualTo(ItemTableViewModel.State.READY));
            setAccessibleText(name.getText());
            setGraphic(box);
        }
    }

    static String iconOf(Category c) {
        return switch (c) {
            case ALL_ITEMS -> "mdi2f-format-list-bulleted";
            case PASSWORDS -> "mdi2f-form-textbox-password";
            case SECURE_NOTES -> "mdi2n-note-text-outline";
            case VERIFICATION_CODES -> "mdi2t-two-factor-authentication";
            case MY_CERTIFICATES -> "mdi2a-account-key-outline";
            case KEYS -> "mdi2k-key-outline";
            case CERTIFICATES -> "mdi2c-certificate-outline";
        };
    }
}
