package dev.passage.ui.codebook;

import atlantafx.base.theme.Styles;
import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;

import java.util.ArrayList;
import java.util.List;

/**
 * Picks a code from a filterable list (by any part of its path): the target of "Move to…" (which also offers the top level)
 * and of "Merge into…". Enter or a double-click chooses.
 */
final class CodeChooserDialog extends Dialog<CodeChooserDialog.Choice> {

    /** The chosen code, or the top level when {@code code} is null. */
    record Choice(CodeRow code) {
        boolean topLevel() {
            return code == null;
        }
    }

    private final FilteredList<Choice> shown;
    private final ListView<Choice> list;
    private final TextField filter = new TextField();

    CodeChooserDialog(String title, String header, String hint, String chooseButton, String topLevelLabel, List<CodeRow> codes,
                      boolean offerTopLevel, Messages messages, String stylesheet) {
        setTitle(title);
        setHeaderText(null);
        setResizable(true);
        List<Choice> choices = new ArrayList<>();
        if (offerTopLevel) {
            choices.add(new Choice(null));
        }
        codes.forEach(c -> choices.add(new Choice(c)));
        shown = new FilteredList<>(FXCollections.observableArrayList(choices), c -> true);
        list = new ListView<>(shown);
        list.setId("chooser-list");
        list.getStyleClass().add(Styles.DENSE);
        list.setPrefHeight(300);
        list.setPlaceholder(new Label(messages.get("codebook.chooser.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Choice item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                if (item.topLevel()) {
                    Label l = new Label(topLevelLabel);
                    l.getStyleClass().add("chooser-top-level");
                    setGraphic(l);
                } else {
                    Rectangle sw = new Rectangle(11, 11, CodeColours.parse(item.code().colour()));
                    sw.setArcWidth(4);
                    sw.setArcHeight(4);
                    sw.setStroke(CodeColours.parse(item.code().colour()).darker());
                    String parent = item.code().path().contains("/")
                                    ? item.code().path().substring(0, item.code().path().lastIndexOf('/') + 1) : "";
                    Label parents = new Label(parent);
                    parents.getStyleClass().add("chooser-parents");
                    parents.setMinWidth(Region.USE_PREF_SIZE);
                    Label name = new Label(item.code().name());
                    name.getStyleClass().add("code-name");
                    Region spacer = new Region();
                    HBox.setHgrow(spacer, Priority.ALWAYS);
                    Label count = new Label(Integer.toString(item.code().count()));
                    count.getStyleClass().add("code-count");
                    HBox row = new HBox(0, sw, gap(), parents, name, spacer, count);
                    row.setAlignment(Pos.CENTER_LEFT);
                    setGraphic(row);
                }
                setText(null);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                setResult(list.getSelectionModel().getSelectedItem());
                close();
            }
        });
        filter.setPromptText(messages.get("codebook.chooser.filter"));
        filter.setId("chooser-filter");
        filter.textProperty().addListener((obs, old, now) -> {
            List<String> tokens = CodebookViewModel.tokens(now);
            shown.setPredicate(c -> tokens.isEmpty()
                                    || CodebookViewModel.matches(c.topLevel() ? topLevelLabel : c.code().path(), tokens));
            if (!shown.isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        filter.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                e.consume();
                int i = list.getSelectionModel().getSelectedIndex() + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                if (i >= 0 && i < shown.size()) {
                    list.getSelectionModel().select(i);
                    list.scrollTo(Math.max(0, i - 3));
                }
            }
        });

        Label heading = new Label(header);
        heading.getStyleClass().add("dialog-heading");
        VBox content = new VBox(10, heading);
        if (hint != null) {
            Label h = new Label(hint);
            h.getStyleClass().add("form-hint");
            h.setWrapText(true);
            content.getChildren().add(h);
        }
        content.getChildren().addAll(filter, list);
        content.setPrefWidth(460);
        VBox.setVgrow(list, Priority.ALWAYS);
        ButtonType choose = new ButtonType(chooseButton, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(choose, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().setContent(content);
        getDialogPane().getStyleClass().add("codebook-dialog");
        getDialogPane().getStylesheets().add(stylesheet);
        Button chooseNode = (Button) getDialogPane().lookupButton(choose);
        chooseNode.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        setResultConverter(b -> b == choose ? list.getSelectionModel().getSelectedItem() : null);
        if (!shown.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        setOnShown(e -> Platform.runLater(filter::requestFocus));
    }

    private static Region gap() {
        Region r = new Region();
        r.setMinWidth(8);
        return r;
    }
}
