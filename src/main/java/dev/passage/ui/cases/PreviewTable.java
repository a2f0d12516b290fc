package dev.passage.ui.cases;

import dev.passage.cases.ImportColumn;
import dev.passage.model.VariableType;
import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.List;
import java.util.Locale;

/**
 * The first rows of an import file, one column per file column; each header shows the column's name, its role or type (a
 * combo for variables whose type may be chosen) and how many rows fill it. Numbers in number columns are right-aligned.
 */
final class PreviewTable {
    private final Previews previews;
    private final Messages m;
    private final TableView<List<String>> table = new TableView<>();

    PreviewTable(Previews previews, Messages messages) {
        this.previews = previews;
        this.m = messages;
        table.getStyleClass().addAll("cases-preview", "dense", "bordered");
        table.setItems(previews.firstRows());
        table.setPlaceholder(new Label(m.get("cases.preview.empty")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        previews.columns().addListener((ListChangeListener<ColumnChoice>) c -> rebuild());
        rebuild();
    }

    TableView<List<String>> node() {
        return table;
    }

    private void rebuild() {
        table.getColumns().clear();
        int i = 0;
        for (ColumnChoice c : previews.columns()) {
            int index = i++;
            TableColumn<List<String>, String> col = new TableColumn<>();
            col.setSortable(false);
            col.setReorderable(false);
            col.setPrefWidth(c.role() == ImportColumn.Role.TEXT ? 260 : 130);
            col.setGraphic(header(c));
            col.setCellValueFactory(f -> new ReadOnlyStringWrapper(index < f.getValue().size() ? f.getValue().get(index) : ""));
            boolean numeric = c.typeProperty().get() == VariableType.NUMBER;
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setAlignment(numeric ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                }
            });
            if (c.role() == ImportColumn.Role.ID || c.role() == ImportColumn.Role.UNIT) {
                col.getStyleClass().add("key-column");
            }
            table.getColumns().add(col);
        }
    }

    private VBox header(ColumnChoice c) {
        Label name = new Label(c.name());
        name.getStyleClass().add("preview-column-name");
        Label filled = new Label(m.get("cases.preview.filled", c.filled()));
        filled.getStyleClass().add("preview-column-filled");
        VBox box = new VBox(2, name);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("preview-column-header");
        if (c.role() != ImportColumn.Role.VARIABLE) {
            Label role = new Label(m.get("cases.role." + c.role().name().toLowerCase(Locale.ROOT)));
            role.getStyleClass().add("preview-column-role");
            box.getChildren().add(role);
        } else {
            ComboBox<VariableType> type = new ComboBox<>();
            type.getItems().setAll(VariableType.values());
            type.setConverter(typeNames(m));
            type.setButtonCell(new TypeCell());
            type.setCellFactory(l -> new TypeCell());
            type.setValue(c.typeProperty().get());
            type.getStyleClass().addAll("preview-column-type", "small");
            type.setId("type-" + c.name());
            type.setDisable(!c.typeEditable());
            type.setTooltip(new Tooltip(c.typeEditable() ? m.get("cases.preview.typeTip", source(c)) : m.get("cases.preview.typeFixed")));
            type.valueProperty().addListener((o, a, b) -> c.typeProperty().set(b));
            box.getChildren().add(type);
        }
        box.getChildren().add(filled);
        return box;
    }

    private String source(ColumnChoice c) {
        return c.typeSource() == ImportColumn.TypeSource.GIVEN ? m.get("cases.preview.sourceGiven") : m.get("cases.preview.sourceInferred");
    }

    /** "number", "category", "date", "text" in the user's language. */
    static StringConverter<VariableType> typeNames(Messages m) {
        return new StringConverter<>() {
            @Override
            public String toString(VariableType t) {
                return t == null ? "" : m.get("cases.type." + t.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public VariableType fromString(String s) {
                return null;
            }
        };
    }

    private final class TypeCell extends ListCell<VariableType> {
        @Override
        protected void updateItem(VariableType t, boolean empty) {
            super.updateItem(t, empty);
            setText(empty || t == null ? null : typeNames(m).toString(t));
        }
    }
}
