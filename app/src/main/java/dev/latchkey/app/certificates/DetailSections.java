package dev.latchkey.app.certificates;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Renders inspector sections as titled label/value grids (shared by the certificate and key inspectors). */
final class DetailSections {
    private DetailSections() {
    }

    static void fill(VBox box, List<DetailSection> sections) {
        box.getChildren().clear();
        for (DetailSection section : sections) {
            Label title = new Label(section.title());
            title.getStyleClass().add("detail-section-title");
            GridPane grid = new GridPane();
            grid.getStyleClass().add("detail-grid");
            ColumnConstraints labels = new ColumnConstraints(150, 150, 150);
            ColumnConstraints values = new ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().setAll(labels, values);
            int row = 0;
            for (DetailSection.Row r : section.rows()) {
                Label label = new Label(r.label());
                label.getStyleClass().add("detail-label");
                label.setWrapText(true);
                Label value = new Label(r.value());
                value.getStyleClass().add(r.code() ? "detail-code" : "detail-value");
                value.setWrapText(true);
                value.setAccessibleText(r.label().isEmpty() ? r.value() : r.label() + ": " + r.value());
                grid.addRow(row++, label, value);
            }
            box.getChildren().addAll(title, grid);
        }
    }
}
