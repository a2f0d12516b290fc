package dev.passage.ui.transcript;

import dev.passage.ui.common.CoderColours;
import dev.passage.ui.common.Messages;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.shape.Rectangle;

/** Above the text while stripes are coloured by coder: each coder's name beside a swatch of their colour. */
final class CoderLegend {
    private final FlowPane pane = new FlowPane(12, 4);
    private final ObservableList<String> coders;
    private final Messages messages;

    CoderLegend(ObservableList<String> coders, ObservableBooleanValue shown, Messages messages) {
        this.coders = coders;
        this.messages = messages;
        pane.getStyleClass().add("coder-legend");
        pane.setId("coder-legend");
        pane.setAlignment(Pos.CENTER_LEFT);
        pane.setPadding(new Insets(2, 24, 6, 24));
        pane.visibleProperty().bind(shown);
        pane.managedProperty().bind(pane.visibleProperty());
        coders.addListener((ListChangeListener<String>) c -> fill());
        fill();
    }

    private void fill() {
        pane.getChildren().clear();
        Label title = new Label(messages.get("coders.legend"));
        title.getStyleClass().add("coder-legend");
        pane.getChildren().add(title);
        for (String coder : coders) {
            Rectangle swatch = new Rectangle(10, 10, CoderColours.of(coder, coders));
            swatch.getStyleClass().add("coder-legend-swatch");
            Label name = new Label(coder, swatch);
            name.getStyleClass().add("coder-legend");
            name.setId("coder-legend-" + coder);
            pane.getChildren().add(name);
        }
    }

    Node node() {
        return pane;
    }
}
