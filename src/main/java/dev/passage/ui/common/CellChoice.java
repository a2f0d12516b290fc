package dev.passage.ui.common;

import javafx.collections.ListChangeListener;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;

import java.util.function.BiConsumer;

/** A table whose cells are chosen one at a time (cell selection on): the chosen row and its column's user data, as one call. */
public final class CellChoice {
    private CellChoice() {
    }

    /**
     * Turns on cell selection and calls {@code chosen} with the row and the column's user data (null for a column without)
     * whenever a cell of a row is selected.
     */
    @SuppressWarnings("rawtypes")
    public static <R> void onCellChosen(TableView<R> table, BiConsumer<R, Object> chosen) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getSelectionModel().getSelectedCells().addListener((ListChangeListener<TablePosition>) c -> {
            var cells = table.getSelectionModel().getSelectedCells();
            if (cells.isEmpty()) {
                return;
            }
            TablePosition<?, ?> pos = cells.getFirst();
            if (pos.getRow() < 0 || pos.getRow() >= table.getItems().size()) {
                return;
            }
            chosen.accept(table.getItems().get(pos.getRow()), pos.getTableColumn() == null ? null : pos.getTableColumn().getUserData());
        });
    }
}
