package dev.passage.ui.cases;

import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableObjectValue;
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

/** Pieces both import views share: the file row (name, sheet), an inline error, the problems list, the Import button, the foot, the report. */
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

    /** The view's opening words. */
    static Label intro(String text) {
        Label intro = new Label(text);
        intro.getStyleClass().add("cases-intro");
        intro.setWrapText(true);
        return intro;
    }

    /** The choice of the column that names the rows (unit or respondent). */
    static ComboBox<String> idColumn(ObservableList<String> headers, Property<String> column) {
        ComboBox<String> id = new ComboBox<>(headers);
        id.setId("cases-id-column");
        id.valueProperty().bindBidirectional(column);
        return id;
    }

    /** The Import button (accent, default): enabled when {@code canImport}, gone once there is a report. */
    static Button importButton(String text, ObservableBooleanValue canImport, ObservableObjectValue<?> report, Runnable importNow) {
        Button b = new Button(text);
        b.setId("cases-import");
        b.getStyleClass().add("accent");
        b.setDefaultButton(true);
        b.disableProperty().bind(Bindings.not(canImport));
        b.visibleProperty().bind(Bindings.isNull(report));
        b.managedProperty().bind(b.visibleProperty());
        b.setOnAction(e -> importNow.run());
        return b;
    }

    /** The foot of an import view: the preview's error line, its problems, then the row of buttons. */
    static VBox bottom(Previews previews, Messages m, Node buttons) {
        VBox bottom = new VBox(8, error(previews.errorProperty(), "preview-error"), problems(previews.problems(), previews.warnings(), m),
                               buttons);
        bottom.getStyleClass().add("cases-bottom");
        return bottom;
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
