package dev.passage.ui.codebook;

import dev.passage.model.CodeDescription;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The "Describe code" form: definition, when to use, when not to use and an example, each a labelled multi-line field.
 * Tab moves between the fields (it does not type a tab), Ctrl+Enter saves.
 */
final class CodeDescriptionDialog extends Dialog<CodeDescription> {
    private final TextArea definition = area(4);
    private final TextArea whenToUse = area(3);
    private final TextArea whenNotToUse = area(3);
    private final TextArea example = area(3);

    CodeDescriptionDialog(CodeRow code, Messages messages, String stylesheet) {
        setTitle(messages.get("codebook.describe.title"));
        setHeaderText(null);
        setResizable(true);
        CodeDescription d = code.description() == null ? CodeDescription.EMPTY : code.description();
        definition.setText(d.definition());
        whenToUse.setText(d.whenToUse());
        whenNotToUse.setText(d.whenNotToUse());
        example.setText(d.example());
        definition.setId("describe-definition");
        whenToUse.setId("describe-when-to-use");
        whenNotToUse.setId("describe-when-not-to-use");
        example.setId("describe-example");

        Label heading = new Label(messages.get("codebook.describe.header", code.name()));
        heading.getStyleClass().add("dialog-heading");
        Label path = new Label(code.path());
        path.getStyleClass().add("dialog-subheading");
        VBox titles = new VBox(2, heading);
        if (!code.path().equals(code.name())) {
            titles.getChildren().add(path); // where a sub-code sits
        }
        VBox form = new VBox(14, titles,
                             field(messages, "codebook.describe.definition", "codebook.describe.definitionHint", definition),
                             field(messages, "codebook.describe.whenToUse", "codebook.describe.whenToUseHint", whenToUse),
                             field(messages, "codebook.describe.whenNotToUse", "codebook.describe.whenNotToUseHint", whenNotToUse),
                             field(messages, "codebook.describe.example", "codebook.describe.exampleHint", example));
        Label keys = new Label(messages.get("codebook.describe.keys"));
        keys.getStyleClass().add("dialog-keys");
        form.getChildren().add(keys);
        form.getStyleClass().add("describe-form");
        form.setPrefWidth(560);

        ButtonType save = new ButtonType(messages.get("codebook.describe.save"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(save, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setContent(form);
        getDialogPane().getStyleClass().add("codebook-dialog");
        getDialogPane().getStylesheets().add(stylesheet);
        getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                setResult(result());
                close();
            }
        });
        setResultConverter(button -> button == save ? result() : null);
        setOnShown(e -> Platform.runLater(() -> {
            definition.requestFocus();
            definition.end();
        }));
    }

    private CodeDescription result() {
        return new CodeDescription(definition.getText(), whenToUse.getText(), whenNotToUse.getText(), example.getText());
    }

    private static Node field(Messages messages, String labelKey, String hintKey, TextArea area) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("form-label");
        label.setLabelFor(area);
        Label hint = new Label(messages.get(hintKey));
        hint.getStyleClass().add("form-hint");
        VBox.setVgrow(area, Priority.ALWAYS);
        VBox field = new VBox(3, label, hint, area);
        VBox.setVgrow(field, Priority.ALWAYS);
        return field;
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setWrapText(true);
        a.setPrefRowCount(rows);
        a.setPrefHeight(14 + rows * 21);
        a.setMinHeight(Region.USE_PREF_SIZE);
        a.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                // Tab moves to the next field in a form; Ctrl+Tab is how a text area traverses focus
                e.consume();
                a.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
        return a;
    }
}
