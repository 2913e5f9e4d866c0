package dev.latchkey.app.trustviewer;

import dev.latchkey.app.toolkit.Messages;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Draws an evaluated chain as Keychain Access does, for every window that explains trust:
 * the root at the top, each issued certificate under its issuer, a mark on each, and the
 * findings in plain words grouped by certificate.
 */
public final class ChainDisplay {
    private ChainDisplay() {
    }

    /** Gives the tree cells that show each link's mark and name. */
    public static void install(TreeView<ChainLink> tree, Messages messages) {
        tree.setCellFactory(t -> new LinkCell(messages));
    }

    /** Shows the chain and selects the evaluated certificate. */
    public static void show(TreeView<ChainLink> tree, List<ChainLink> links) {
        if (links.isEmpty()) {
            tree.setRoot(null);
            return;
        }
        TreeItem<ChainLink> top = null;
        TreeItem<ChainLink> parent = null;
        for (int i = links.size() - 1; i >= 0; i--) {
            TreeItem<ChainLink> item = new TreeItem<>(links.get(i));
            item.setExpanded(true);
            if (parent == null) {
                top = item;
            } else {
                parent.getChildren().add(item);
            }
            parent = item;
        }
        tree.setRoot(top);
        tree.getSelectionModel().select(parent);
    }

    /** Every finding in plain words, under the certificate it is about (the evaluated one first). */
    public static void findings(VBox box, List<ChainLink> links, Messages messages) {
        box.getChildren().clear();
        for (ChainLink link : links) {
            if (link.findings().isEmpty()) {
                continue;
            }
            FontIcon icon = new FontIcon(link.mark().icon());
            Label name = new Label(link.name(), icon);
            name.getStyleClass().addAll("finding-certificate", link.mark().styleClass());
            box.getChildren().add(name);
            for (String sentence : link.findings()) {
                Label line = new Label("•  " + sentence);
                line.setWrapText(true);
                line.getStyleClass().add("finding-sentence");
                box.getChildren().add(line);
            }
        }
        if (box.getChildren().isEmpty()) {
            Label none = new Label(messages.get("trustViewer.noFindings"));
            none.getStyleClass().add("field-hint");
            box.getChildren().add(none);
        }
    }

    /** A link of the chain: its mark, then its name. */
    private static final class LinkCell extends TreeCell<ChainLink> {
        private final Messages messages;

        LinkCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(ChainLink link, boolean empty) {
            super.updateItem(link, empty);
            getStyleClass().removeAll("mark-trusted", "mark-warning", "mark-failed");
            if (empty || link == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            getStyleClass().add(link.mark().styleClass());
            setGraphic(new FontIcon(link.mark().icon()));
            setText(link.name());
            setAccessibleText(link.name() + ", " + messages.get("trustViewer.mark." + link.mark().name()));
        }
    }
}
