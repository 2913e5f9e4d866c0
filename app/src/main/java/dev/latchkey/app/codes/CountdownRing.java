package dev.latchkey.app.codes;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Arc;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.Circle;

/**
 * A ring that empties as a time-based code runs out, with the seconds left in the middle.
 * Turns to the warning colour (style class {@code ending}) in the last {@link #ENDING} seconds.
 */
public final class CountdownRing extends StackPane {
    static final int ENDING = 5;

    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private final IntegerProperty seconds = new SimpleIntegerProperty();

    public CountdownRing(double radius) {
        getStyleClass().add("countdown-ring");
        double size = radius * 2 + 4;
        double centre = size / 2;
        Circle track = new Circle(centre, centre, radius);
        track.getStyleClass().add("ring-track");
        Arc arc = new Arc(centre, centre, radius, radius, 90, 0);
        arc.setType(ArcType.OPEN);
        arc.getStyleClass().add("ring-arc");
        // Clockwise from twelve o'clock, shrinking as time runs out.
        arc.lengthProperty().bind(fraction.multiply(-360));
        Pane shapes = new Pane(track, arc);
        shapes.setMinSize(size, size);
        shapes.setPrefSize(size, size);
        shapes.setMaxSize(size, size);
        Label label = new Label();
        label.getStyleClass().add("ring-seconds");
        label.textProperty().bind(seconds.asString());
        getChildren().addAll(shapes, label);
        setMinSize(size, size);
        setMaxSize(size, size);
        seconds.addListener((o, old, now) -> pseudoEnding(now.intValue()));
    }

    private void pseudoEnding(int left) {
        if (left <= ENDING && !getStyleClass().contains("ending")) {
            getStyleClass().add("ending");
        } else if (left > ENDING) {
            getStyleClass().remove("ending");
        }
    }

    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public IntegerProperty secondsProperty() {
        return seconds;
    }
}
