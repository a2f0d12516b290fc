package dev.passage.ui.documents;

import dev.passage.ui.common.Messages;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** "Set variable…": a DOCUMENT variable (existing or new) and its value for one document; a blank value clears it. */
final class SetVariableDialog extends Dialog<SetVariableDialog.Answer> {
    /** The variable and the value (blank: clear). */
    record Answer(String variable, String value) {
    }

    SetVariableDialog(Messages m, ObservableList<String> variables, String document, Function<String, String> currentValue) {
        setTitle(m.get("documents.setVariable.title"));
        setHeaderText(m.get("documents.setVariable.header", document));
        ComboBox<String> variable = new ComboBox<>(variables);
        variable.setId("set-variable-name");
        variable.setEditable(true);
        variable.setPromptText(m.get("documents.setVariable.variablePrompt"));
        variable.setMaxWidth(Double.MAX_VALUE);
        TextField value = new TextField();
        value.setId("set-variable-value");
        value.setPromptText(m.get("documents.setVariable.valuePrompt"));
        variable.getEditor().textProperty().addListener((o, a, b) -> {
            if (variables.contains(b)) {
                value.setText(currentValue.apply(b));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.addRow(0, new Label(m.get("documents.setVariable.variable")), variable);
        grid.addRow(1, new Label(m.get("documents.setVariable.value")), value);
        GridPane.setHgrow(variable, Priority.ALWAYS);
        GridPane.setHgrow(value, Priority.ALWAYS);
        Label hint = new Label(m.get("documents.setVariable.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(10, grid, hint);
        box.setPrefWidth(420);
        getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(m.get("documents.setVariable.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(variable.getEditor().textProperty().isEmpty());
        setResultConverter(b -> b == ok ? new Answer(variable.getEditor().getText().strip(), value.getText()) : null);
        setOnShown(e -> variable.getEditor().requestFocus());
    }
}
