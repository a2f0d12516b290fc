package dev.passage.ui.search;

import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Asks for the code (an existing one found by typing any part of its path, or a new path to create) and the scope of
 * "code all hits". Up/Down move through the matching codes, Enter confirms.
 */
final class CodeAllHitsDialog extends Dialog<CodeAllHitsDialog.Answer> {

    /** The user's choice. */
    record Answer(String codePath, SearchViewModel.Scope scope) {
    }

    private final TextField codeField = new TextField();
    private final ListView<String> matches = new ListView<>();
    private final Label hint = new Label();
    private final ToggleGroup scopes = new ToggleGroup();

    CodeAllHitsDialog(Messages messages, List<String> codePaths, String suggested, String query, long hits, long passages,
                      Predicate<String> isExisting) {
        setTitle(messages.get("search.dialogTitle"));
        setHeaderText(messages.get("search.dialogHeader", hits, query.isEmpty() ? "*" : query, passages));
        getDialogPane().getStyleClass().add("code-all-dialog");
        getDialogPane().getStylesheets().add(CodeAllHitsDialog.class.getResource("search.css").toExternalForm());

        ObservableList<String> all = FXCollections.observableArrayList(codePaths);
        FilteredList<String> filtered = new FilteredList<>(all);
        matches.setItems(filtered);
        matches.setPrefHeight(170);
        matches.getStyleClass().add("code-all-matches");
        codeField.setPromptText(messages.get("search.dialogCodePrompt"));
        codeField.getStyleClass().add("code-all-field");
        hint.getStyleClass().add("code-all-hint");
        hint.setWrapText(true);

        codeField.textProperty().addListener((o, before, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(p -> needle.isEmpty() || p.toLowerCase(Locale.ROOT).contains(needle));
            String typed = text == null ? "" : text.strip();
            if (typed.isEmpty()) {
                hint.setText("");
            } else if (isExisting.test(typed)) {
                hint.setText(messages.get("search.dialogExisting", typed));
                hint.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("new"), false);
            } else {
                hint.setText(messages.get("search.dialogNew", typed));
                hint.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("new"), true);
            }
        });
        matches.getSelectionModel().selectedItemProperty().addListener((o, before, path) -> {
            if (path != null && matches.isFocused()) {
                codeField.setText(path);
            }
        });
        matches.setOnMouseClicked(e -> {
            String path = matches.getSelectionModel().getSelectedItem();
            if (path != null) {
                codeField.setText(path);
                codeField.requestFocus();
                codeField.end();
            }
        });
        codeField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                int size = matches.getItems().size();
                if (size > 0) {
                    int i = matches.getSelectionModel().getSelectedIndex();
                    i = e.getCode() == KeyCode.DOWN ? Math.min(size - 1, i + 1) : Math.max(0, i - 1);
                    matches.getSelectionModel().select(i);
                    matches.scrollTo(i);
                    codeField.setText(matches.getItems().get(i));
                    codeField.end();
                }
                e.consume();
            }
        });

        RadioButton hit = scope(messages.get("search.scopeHit"), SearchViewModel.Scope.HIT, "scope-hit");
        RadioButton sentence = scope(messages.get("search.scopeSentence"), SearchViewModel.Scope.SENTENCE, "scope-sentence");
        RadioButton turn = scope(messages.get("search.scopeTurn"), SearchViewModel.Scope.TURN, "scope-turn");
        hit.setSelected(true);

        Label codeLabel = new Label(messages.get("search.dialogCode"));
        codeLabel.getStyleClass().add("dialog-section");
        codeLabel.setLabelFor(codeField);
        Label scopeLabel = new Label(messages.get("search.dialogScope"));
        scopeLabel.getStyleClass().add("dialog-section");
        VBox scopeBox = new VBox(6, hit, sentence, turn);
        VBox content = new VBox(8, codeLabel, codeField, matches, hint, scopeLabel, scopeBox);
        VBox.setMargin(scopeLabel, new Insets(8, 0, 0, 0));
        content.setPadding(new Insets(12, 18, 6, 18));
        content.setPrefWidth(480);
        getDialogPane().setContent(content);

        ButtonType apply = new ButtonType(messages.get("search.dialogApply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, cancel);
        Node applyButton = getDialogPane().lookupButton(apply);
        applyButton.getStyleClass().add("accent");
        applyButton.disableProperty().bind(codeField.textProperty().map(t -> t == null || t.isBlank()));

        setResultConverter(button -> button == apply
            ? new Answer(codeField.getText().strip(), (SearchViewModel.Scope) scopes.getSelectedToggle().getUserData())
            : null);
        if (suggested != null) {
            codeField.setText(suggested);
        }
        Platform.runLater(() -> {
            codeField.requestFocus();
            codeField.selectAll();
        });
    }

    private RadioButton scope(String text, SearchViewModel.Scope scope, String styleClass) {
        RadioButton b = new RadioButton(text);
        b.setUserData(scope);
        b.setToggleGroup(scopes);
        b.getStyleClass().add(styleClass);
        return b;
    }
}
