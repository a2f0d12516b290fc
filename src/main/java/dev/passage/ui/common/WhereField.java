package dev.passage.ui.common;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * "Where [unit.size > 20] (Where unit.size > 20 ×)": a field for a variable condition (Enter adds it), a removable chip per
 * condition in force, and the reason underneath when a condition cannot be used.
 */
public final class WhereField extends VBox {
    private final TextField field = new TextField();

    /** The texts: the label ("Where"), the field's prompt and tooltip, and the chips' × tooltip for a chip's label. */
    public WhereField(WhereConditions where, String label, String prompt, String tooltip,
                      java.util.function.Function<String, String> removeTooltip) {
        super(2);
        getStyleClass().add("where-field");
        Label caption = new Label(label);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        field.getStyleClass().add("where-input");
        field.setPromptText(prompt);
        field.setTooltip(new Tooltip(tooltip));
        field.setPrefColumnCount(16);
        field.setMinWidth(Region.USE_PREF_SIZE);
        field.textProperty().bindBidirectional(where.inputProperty());
        field.setOnAction(e -> where.add());
        field.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !field.getText().isEmpty()) {
                field.clear();
                e.consume();
            }
        });
        caption.setLabelFor(field);
        FilterChips chips = new FilterChips(where.chips(), removeTooltip);
        chips.getStyleClass().add("where-chips");
        HBox.setHgrow(chips, Priority.ALWAYS);
        HBox row = new HBox(6, caption, field, chips);
        row.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().addAll("where-error", "danger");
        error.setStyle("-fx-text-fill: -color-danger-fg;");
        error.setWrapText(true);
        error.textProperty().bind(where.errorProperty());
        error.visibleProperty().bind(where.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        getChildren().addAll(row, error);
    }

    /** The text field (for tests and focus). */
    public TextField input() {
        return field;
    }
}
