package dev.passage.ui.cases;

import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** Pieces both import views share: the file row (name, sheet), an inline error, the problems list, the report. */
final class ImportParts {
    private ImportParts() {
    }

    /** "scores.xlsx  Sheet [Scores v]  [Choose another file…]". */
    static Node fileRow(TableFile file, Messages m, Runnable chooseAgain) {
        Label name = new Label();
        name.getStyleClass().add("cases-file-name");
        name.textProperty().bind(Bindings.createStringBinding(
            () -> file.fileProperty().get() == null ? m.get("cases.file.none") : file.fileProperty().get().getFileName().toString(),
            file.fileProperty()));
        Label sheetLabel = new Label(m.get("cases.file.sheet"));
        ComboBox<String> sheet = new ComboBox<>(file.sheets());
        sheet.setId("cases-sheet");
        sheet.valueProperty().bindBidirectional(file.sheetProperty());
        HBox sheetBox = new HBox(6, sheetLabel, sheet);
        sheetBox.setAlignment(Pos.CENTER_LEFT);
        sheetBox.visibleProperty().bind(Bindings.isNotEmpty(file.sheets()));
        sheetBox.managedProperty().bind(sheetBox.visibleProperty());
        Label loading = new Label(m.get("cases.file.reading"));
        loading.getStyleClass().add("cases-muted");
        loading.visibleProperty().bind(file.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button again = new Button(m.get("cases.file.chooseAgain"));
        again.getStyleClass().add("flat");
        again.setOnAction(e -> chooseAgain.run());
        HBox row = new HBox(10, name, sheetBox, loading, spacer, again);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("cases-file-row");
        return row;
    }

    /** A red line that shows {@code text} and hides when it is empty. */
    static Label error(ObservableStringValue text, String styleClass) {
        Label l = new Label();
        l.getStyleClass().addAll("cases-error", styleClass);
        l.setWrapText(true);
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.createBooleanBinding(() -> text.get() != null && !text.get().isEmpty(), text));
        l.managedProperty().bind(l.visibleProperty());
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The rows that cannot be read (row, column, reason) under a heading; hidden when there are none. */
    static Node problems(ObservableList<String> problems, ObservableList<String> warnings, Messages m) {
        Label title = new Label();
        title.getStyleClass().add("cases-problems-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> m.get("cases.preview.problems", problems.size()), problems));
        ListView<String> list = new ListView<>(problems);
        list.setId("cases-problems");
        list.getStyleClass().addAll("cases-problems", "dense");
        list.setPrefHeight(96);
        VBox box = new VBox(4, title, list);
        box.visibleProperty().bind(Bindings.isNotEmpty(problems));
        box.managedProperty().bind(box.visibleProperty());
        Label warn = new Label();
        warn.getStyleClass().add("cases-warning");
        warn.setWrapText(true);
        warn.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", warnings), warnings));
        warn.visibleProperty().bind(Bindings.isNotEmpty(warnings));
        warn.managedProperty().bind(warn.visibleProperty());
        return new VBox(6, warn, box);
    }

    /** The import's report, selectable (to copy into a log). */
    static TextArea report(ObservableStringValue text) {
        TextArea area = new TextArea();
        area.setId("cases-report");
        area.getStyleClass().add("cases-report");
        area.setEditable(false);
        area.setWrapText(true);
        area.textProperty().bind(text);
        return area;
    }
}
