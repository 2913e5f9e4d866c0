package dev.latchkey.app.asn1viewer;

import dev.latchkey.app.toolkit.Labels;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.crypto.asn1.Asn1Node;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** The ASN.1 viewer's code-behind: the element tree, the selected element's details, and the hex rows. */
public final class Asn1ViewerView {
    private final Asn1ViewerViewModel viewModel;
    private final Messages messages;
    @FXML
    private VBox root;
    @FXML
    private Label heading;
    @FXML
    private Label summary;
    @FXML
    private TreeView<Asn1Node> nodeTree;
    @FXML
    private Label tagValue;
    @FXML
    private Label positionValue;
    @FXML
    private Label valueValue;
    @FXML
    private ListView<Integer> hexList;
    @FXML
    private Label problem;

    public Asn1ViewerView(Asn1ViewerViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        heading.setText(viewModel.heading());
        summary.textProperty().bind(viewModel.summaryProperty());
        tagValue.textProperty().bind(viewModel.tagProperty());
        positionValue.textProperty().bind(viewModel.positionProperty());
        valueValue.textProperty().bind(viewModel.valueProperty());
        Labels.showWhenSet(problem, viewModel.problemProperty());
        nodeTree.setShowRoot(false);
        nodeTree.setCellFactory(t -> new NodeCell());
        viewModel.roots().addListener((ListChangeListener<Asn1Node>) c -> showTree(List.copyOf(viewModel.roots())));
        nodeTree.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && item.getValue() != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(item.getValue());
            }
        });
        viewModel.selectedProperty().addListener((o, old, node) -> select(node));
        hexList.setCellFactory(l -> new HexCell());
        hexList.setFixedCellSize(21);
        viewModel.rowCountProperty().addListener((o, old, n) -> hexList.getItems().setAll(
                IntStream.range(0, n.intValue()).boxed().toList()));
        viewModel.revisionProperty().addListener((o, old, n) -> hexList.refresh());
        viewModel.focusRowProperty().addListener((o, old, row) -> {
            if (row.intValue() >= 0) {
                hexList.scrollTo(Math.max(0, row.intValue() - 2));
            }
        });
        root.sceneProperty().flatMap(Scene::windowProperty).addListener((o, old, w) -> {
            if (w != null) {
                // A filter, not an accelerator: the tree and the list would take Escape first.
                w.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        e.consume();
                        w.hide();
                    }
                });
            }
        });
    }

    private void showTree(List<Asn1Node> roots) {
        TreeItem<Asn1Node> top = new TreeItem<>();
        for (Asn1Node n : roots) {
            top.getChildren().add(item(n));
        }
        nodeTree.setRoot(top);
        select(viewModel.selectedProperty().get());
    }

    private static TreeItem<Asn1Node> item(Asn1Node node) {
        TreeItem<Asn1Node> item = new TreeItem<>(node);
        item.setExpanded(node.depth() < 6);
        for (Asn1Node child : node.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private void select(Asn1Node node) {
        TreeItem<Asn1Node> found = node == null || nodeTree.getRoot() == null ? null : find(nodeTree.getRoot(), node);
        if (found != null && nodeTree.getSelectionModel().getSelectedItem() != found) {
            for (TreeItem<Asn1Node> p = found.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            nodeTree.getSelectionModel().select(found);
        }
    }

    private static TreeItem<Asn1Node> find(TreeItem<Asn1Node> item, Asn1Node node) {
        if (item.getValue() == node) {
            return item;
        }
        for (TreeItem<Asn1Node> child : item.getChildren()) {
            TreeItem<Asn1Node> found = find(child, node);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** An element: its tag and value, encapsulated content marked. */
    private final class NodeCell extends TreeCell<Asn1Node> {
        @Override
        protected void updateItem(Asn1Node node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().remove("asn1-encapsulated");
            if (empty || node == null) {
                setText(null);
                return;
            }
            setText(viewModel.label(node));
            if (node.encapsulates()) {
                getStyleClass().add("asn1-encapsulated");
            }
            setAccessibleText(viewModel.label(node) + ", " + messages.get("asn1.offset", node.offset()));
        }
    }

    /** A hex row: offset, sixteen bytes (the selection's marked), ASCII. */
    private final class HexCell extends ListCell<Integer> {
        @Override
        protected void updateItem(Integer index, boolean empty) {
            super.updateItem(index, empty);
            if (empty || index == null) {
                setGraphic(null);
                return;
            }
            HexRow row = viewModel.row(index);
            TextFlow flow = new TextFlow();
            Text offset = new Text(row.offset() + "  ");
            offset.getStyleClass().addAll("hex-text", "hex-offset");
            flow.getChildren().add(offset);
            for (int i = 0; i < Asn1ViewerViewModel.BYTES_PER_ROW; i++) {
                Text b = new Text(i < row.bytes().size() ? row.bytes().get(i) : "  ");
                b.getStyleClass().add("hex-text");
                if (i < row.roles().size() && row.roles().get(i) != HexRow.Role.PLAIN) {
                    b.getStyleClass().add("hex-" + row.roles().get(i).name().toLowerCase(java.util.Locale.ROOT));
                }
                Text gap = new Text(i == 7 ? "  " : " ");
                gap.getStyleClass().add("hex-text");
                flow.getChildren().addAll(b, gap);
            }
            Text ascii = new Text(" " + row.ascii());
            ascii.getStyleClass().addAll("hex-text", "hex-ascii");
            flow.getChildren().add(ascii);
            setGraphic(flow);
        }
    }

    @FXML
    private void close() {
        root.getScene().getWindow().hide();
    }
}
