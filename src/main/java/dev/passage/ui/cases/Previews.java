package dev.passage.ui.cases;

import dev.passage.cases.ImportPreview;
import dev.passage.cases.RowProblem;
import dev.passage.model.VariableType;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * An import's preview as the dialogs show it, computed by the core in the background: the columns (with their types, which
 * the user may change), the first rows, the rows that cannot be read with why, warnings about the file, and a summary line.
 * A preview the core refuses (e.g. a type that contradicts the project) leaves the reason in {@link #errorProperty()}.
 */
public final class Previews {
    /** Computes a preview (in the background). */
    @FunctionalInterface
    interface Work {
        ImportPreview preview() throws Exception;
    }

    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<ColumnChoice> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> firstRows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final LatestOnly runs = new LatestOnly();

    void run(BackgroundTasks tasks, Messages m, String title, Work work, BiConsumer<ColumnChoice, VariableType> typeChosen) {
        LatestOnly.Ticket gen = runs.start();
        running.set(true);
        tasks.submit(title, progress -> work.preview(), p -> {
            if (!gen.isCurrent()) {
                return;
            }
            running.set(false);
            error.set("");
            List<ColumnChoice> choices = p.columns().stream().map(ColumnChoice::new).toList();
            for (ColumnChoice c : choices) {
                c.typeProperty().addListener((o, before, now) -> {
                    if (now != null && !Objects.equals(before, now)) {
                        typeChosen.accept(c, now);
                    }
                });
            }
            columns.setAll(choices);
            firstRows.setAll(p.firstRows());
            problems.setAll(p.problems().stream().map(RowProblem::describe).toList());
            warnings.setAll(p.warnings());
            summary.set(m.get("cases.preview.summary", p.rows(), p.importableRows(), p.rows() - p.importableRows()));
            preview.set(p);
        }, e -> {
            if (!gen.isCurrent()) {
                return;
            }
            showNone(Problems.describe(e, m));
        });
    }

    /** Forgets the preview (e.g. while the choices cannot make one). */
    void clear() {
        runs.supersede();
        showNone("");
    }

    /** Shows no preview, with {@code errorText} (empty: none). */
    private void showNone(String errorText) {
        running.set(false);
        preview.set(null);
        columns.clear();
        firstRows.clear();
        problems.clear();
        warnings.clear();
        summary.set("");
        error.set(errorText);
    }

    /** The last preview, or null (none yet, or refused). */
    public ReadOnlyObjectProperty<ImportPreview> preview() {
        return preview.getReadOnlyProperty();
    }

    /** Every column in file order, with its role and type. */
    public ObservableList<ColumnChoice> columns() {
        return columns;
    }

    /** The first rows as read, one cell per column. */
    public ObservableList<List<String>> firstRows() {
        return firstRows;
    }

    /** "row 7, column psych_safety: "high" is not a number (the column is number); the row was not imported". */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Remarks about the whole file (e.g. the encoding was guessed). */
    public ObservableList<String> warnings() {
        return warnings;
    }

    /** "14 rows · 13 can be imported · 1 with problems". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the core refused the preview; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
