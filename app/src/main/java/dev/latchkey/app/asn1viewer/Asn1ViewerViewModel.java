package dev.latchkey.app.asn1viewer;

import dev.latchkey.app.toolkit.ErrorPresenter;
import dev.latchkey.app.toolkit.Messages;
import dev.latchkey.app.toolkit.TaskRunner;
import dev.latchkey.crypto.asn1.Asn1Decoder;
import dev.latchkey.crypto.asn1.Asn1Node;
import dev.latchkey.crypto.asn1.Asn1Tree;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The ASN.1 viewer: the elements of a DER, BER or PEM file as a tree (tag, offset, lengths,
 * decoded value) and its bytes as hex, the selected element's header and content highlighted.
 * Malformed data shows what decoded and where and why decoding stopped.
 */
public final class Asn1ViewerViewModel {
    public static final int BYTES_PER_ROW = 16;

    private final String name;
    private final Callable<byte[]> source;
    private final TaskRunner runner;
    private final Messages messages;
    private final ObservableList<Asn1Node> roots = FXCollections.observableArrayList();
    private final ObjectProperty<Asn1Node> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tag = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper rowCount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper focusRow = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private byte[] data = new byte[0];
    private int errorOffset = -1;

    /**
     * @param name   what is shown ("www.example.test", a file name)
     * @param source reads the bytes, off the UI thread
     */
    public Asn1ViewerViewModel(String name, Callable<byte[]> source, TaskRunner runner, Messages messages) {
        this.name = name;
        this.source = source;
        this.runner = runner;
        this.messages = messages;
        selected.addListener((o, old, node) -> showSelection(node));
    }

    /** Reads and decodes in the background. */
    public void load() {
        runner.run(() -> Asn1Decoder.decode(source.call())).busy(busy).onSuccess(this::show)
                .onFailure(e -> problem.set(ErrorPresenter.inlineMessage(e))).start();
    }

    private void show(Asn1Tree tree) {
        data = tree.data();
        errorOffset = tree.error().map(Asn1Tree.Asn1Error::offset).orElse(-1);
        rowCount.set((data.length + BYTES_PER_ROW - 1) / BYTES_PER_ROW);
        summary.set(tree.pemLabel().map(l -> messages.get("asn1.summary.pem", data.length, l))
                .orElse(messages.get("asn1.summary.binary", data.length)));
        problem.set(tree.error().map(e -> messages.get("asn1.stopped", e.offset(), e.message())).orElse(""));
        roots.setAll(tree.roots());
        selected.set(tree.roots().isEmpty() ? null : tree.roots().get(0));
        if (tree.roots().isEmpty()) {
            showSelection(null);
        }
    }

    private void showSelection(Asn1Node node) {
        if (node == null) {
            tag.set("");
            position.set("");
            value.set("");
            focusRow.set(errorOffset < 0 ? -1 : errorOffset / BYTES_PER_ROW);
        } else {
            tag.set(messages.get(node.constructed() ? "asn1.tag.constructed" : "asn1.tag.primitive", node.name(),
                    node.tagClass().name().toLowerCase(java.util.Locale.ROOT), node.tagNumber()));
            position.set(messages.get(node.indefinite() ? "asn1.position.indefinite" : "asn1.position", node.offset(),
                    node.headerLength(), node.length(), node.totalLength()));
            value.set(node.encapsulates() ? messages.get("asn1.encapsulates", node.children().size())
                    : node.value().isEmpty() && node.constructed() ? messages.get("asn1.elements", node.children().size())
                    : node.value());
            focusRow.set(node.offset() / BYTES_PER_ROW);
        }
        revision.set(revision.get() + 1);
    }

    /** The tree's label for an element: its tag, then its value (or how many bytes it holds). */
    public String label(Asn1Node node) {
        String detail = node.encapsulates() || node.constructed() || node.value().isEmpty()
                ? messages.get("asn1.bytes", node.indefinite() ? node.totalLength() - node.headerLength() : node.length())
                : node.value();
        return node.name() + "  " + detail;
    }

    /** Row {@code index} of the hex pane, with the selected element's bytes marked. */
    public HexRow row(int index) {
        int start = index * BYTES_PER_ROW;
        int end = Math.min(data.length, start + BYTES_PER_ROW);
        Asn1Node node = selected.get();
        List<String> hex = new ArrayList<>();
        List<HexRow.Role> roles = new ArrayList<>();
        StringBuilder ascii = new StringBuilder();
        HexFormat format = HexFormat.of().withUpperCase();
        for (int i = start; i < end; i++) {
            hex.add(format.toHexDigits(data[i]));
            ascii.append(data[i] >= 0x20 && data[i] < 0x7f ? (char) data[i] : '.');
            roles.add(role(node, i));
        }
        return new HexRow(String.format("%08X", start), hex, roles, ascii.toString());
    }

    private HexRow.Role role(Asn1Node node, int i) {
        if (i == errorOffset || errorOffset >= 0 && errorOffset == data.length && i == data.length - 1) {
            return HexRow.Role.ERROR;
        }
        if (node == null || i < node.offset() || i >= node.end()) {
            return HexRow.Role.PLAIN;
        }
        return i < node.contentOffset() ? HexRow.Role.HEADER : HexRow.Role.CONTENT;
    }

    // ---- state for the view --------------------------------------------------------------------

    public String title() {
        return messages.get("asn1.window", name);
    }

    public String heading() {
        return name;
    }

    public ObservableList<Asn1Node> roots() {
        return roots;
    }

    public ObjectProperty<Asn1Node> selectedProperty() {
        return selected;
    }

    /** "755 bytes of DER/BER", "PEM “CERTIFICATE”, 755 bytes". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Where and why decoding stopped, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tagProperty() {
        return tag.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty rowCountProperty() {
        return rowCount.getReadOnlyProperty();
    }

    /** The hex row to scroll to: the selected element's first, or where decoding stopped. */
    public ReadOnlyIntegerProperty focusRowProperty() {
        return focusRow.getReadOnlyProperty();
    }

    /** Changes whenever the highlighted bytes do, so the hex rows redraw. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
