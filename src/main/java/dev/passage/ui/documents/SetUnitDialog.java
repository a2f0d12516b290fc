package dev.passage.ui.documents;

import dev.passage.ui.common.Messages;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** "Set unit…": choose an existing unit or type a new one's name; the answer is the unit's name. */
final class SetUnitDialog extends Dialog<String> {
    SetUnitDialog(Messages m, ObservableList<String> units, String current, int documents, int answersLeftOut) {
        setTitle(m.get("documents.setUnit.title"));
        setHeaderText(m.get("documents.setUnit.header", documents));
        ComboBox<String> unit = new ComboBox<>(units);
        unit.setId("set-unit-name");
        unit.setEditable(true);
        unit.setPromptText(m.get("documents.setUnit.prompt"));
        unit.setMaxWidth(Double.MAX_VALUE);
        if (current != null) {
            unit.getEditor().setText(current);
        }
        Label hint = new Label(m.get("documents.setUnit.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(8, unit, hint);
        if (answersLeftOut > 0) {
            Label left = new Label(m.get("documents.setUnit.answersLeftOut", answersLeftOut));
            left.setWrapText(true);
            left.getStyleClass().add("text-muted");
            box.getChildren().add(left);
        }
        box.setPrefWidth(380);
        getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(m.get("documents.setUnit.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(unit.getEditor().textProperty().isEmpty());
        setResultConverter(b -> b == ok ? unit.getEditor().getText().strip() : null);
        setOnShown(e -> unit.getEditor().requestFocus());
    }
}
