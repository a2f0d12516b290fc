package dev.passage.ui.documents;

import dev.passage.ui.common.Messages;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** "Add to set…": choose an existing document set or type a new one's name; the answer is the set's name. */
final class SetChoiceDialog extends Dialog<String> {
    SetChoiceDialog(Messages m, ObservableList<String> sets, int documents) {
        setTitle(m.get("documents.addToSet.title"));
        setHeaderText(m.get("documents.addToSet.header", documents));
        ComboBox<String> set = new ComboBox<>(sets);
        set.setId("add-to-set-name");
        set.setEditable(true);
        set.setPromptText(m.get("documents.addToSet.prompt"));
        set.setMaxWidth(Double.MAX_VALUE);
        Label hint = new Label(m.get("documents.addToSet.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(8, set, hint);
        box.setPrefWidth(380);
        getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(m.get("documents.addToSet.ok"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        getDialogPane().lookupButton(ok).disableProperty().bind(set.getEditor().textProperty().isEmpty());
        setResultConverter(b -> b == ok ? set.getEditor().getText().strip() : null);
        // Enter in the name field adds (an editable combo box with no sets yet would otherwise keep the key to itself)
        set.getEditor().setOnAction(e -> {
            javafx.scene.control.Button button = (javafx.scene.control.Button) getDialogPane().lookupButton(ok);
            if (!button.isDisabled()) {
                e.consume();
                button.fire();
            }
        });
        setOnShown(e -> set.getEditor().requestFocus());
    }
}
