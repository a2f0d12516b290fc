package dev.passage.ui.cases;

import dev.passage.cases.CaseOverview;
import dev.passage.model.Variable;
import dev.passage.model.VariableType;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.Locale;
import java.util.Objects;

/**
 * The classification grid: one row per document (survey answers left out), one column per DOCUMENT variable. Editing a cell
 * sets (a blank clears) the document's value as one undoable step through the core's case editor, which refuses a value that
 * does not fit the variable's type (text in a number, a date it cannot read) with its reason. A new variable is a new column
 * whose type the first value sets. Reloads when the project changes (an undo shows at once).
 */
public final class ClassificationGridViewModel {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final ObservableList<CaseOverview.DocumentValues> rows = FXCollections.observableArrayList();
    private final ObservableList<Variable> variables = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final InvalidationListener onData = o -> reload();

    public ClassificationGridViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        context.dataVersionProperty().addListener(onData);
        reload();
    }

    /** One row per document, in the project's order; values as shown, missing ones absent. */
    public ObservableList<CaseOverview.DocumentValues> rows() {
        return rows;
    }

    /** The DOCUMENT variables, one column each (new ones added by {@link #addVariable} until their first value). */
    public ObservableList<Variable> variables() {
        return variables;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** "role (category)". */
    public String columnTitle(Variable v) {
        return v.id() < 0 ? m.get("cases.grid.newColumn", v.name())
                          : m.get("cases.grid.column", v.name(), m.get("cases.grid.type." + v.type().name().toLowerCase(Locale.ROOT)));
    }

    /** The cell's text: the value as shown, or "" when missing. */
    public static String value(CaseOverview.DocumentValues row, Variable v) {
        return row.values().getOrDefault(v.name(), "");
    }

    /**
     * Sets the document's value (blank clears it): one undoable step, confirmed in the status bar with Undo. A value that does
     * not fit the variable is refused with the reason, and the cell shows the stored value again.
     */
    public void set(CaseOverview.DocumentValues row, Variable v, String value) {
        String now = value == null ? "" : value.strip();
        if (row == null || v == null || Objects.equals(now, value(row, v))) {
            return;
        }
        var editor = context.session().caseEditor();
        context.tasks().submit(m.get("cases.grid.task"), p -> {
            editor.setDocumentVariable(row.name(), v.name(), now);
            return null;
        }, r -> { }, e -> {
            reload();
            dialogs.showError(m.get("cases.grid.refusedTitle"), m.message(e));
        });
    }

    /** Adds a column for a new DOCUMENT variable (nothing is stored before a value is typed); false when the name is in use. */
    public boolean addVariable(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || variables.stream().anyMatch(v -> v.name().equalsIgnoreCase(n))) {
            return false;
        }
        variables.add(new Variable(-1 - variables.size(), dev.passage.model.VariableScope.DOCUMENT, n, VariableType.CATEGORY));
        return true;
    }

    /** Asks for the new variable's name and adds its column. */
    public void askNewVariable() {
        dialogs.askText(m.get("cases.grid.newTitle"), m.get("cases.grid.newLabel"), "").ifPresent(n -> {
            if (!addVariable(n)) {
                dialogs.showError(m.get("cases.grid.newTitle"), m.get("cases.grid.nameInUse", n.strip()));
            }
        });
    }

    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
    }

    private void reload() {
        var cases = context.session().caseOverview();
        context.tasks().submit(m.get("cases.grid.loadTask"), p -> cases.documentGrid(), grid -> {
            var pending = variables.stream().filter(v -> v.id() < 0 && grid.variables().stream().noneMatch(g -> g.name().equalsIgnoreCase(v.name())))
                                   .toList();
            java.util.List<Variable> all = new java.util.ArrayList<>(grid.variables());
            all.addAll(pending);
            if (!all.equals(variables)) {
                variables.setAll(all);
            }
            rows.setAll(grid.documents());
            loaded.set(true);
        }, e -> {
            loaded.set(true);
            dialogs.showError(m.get("cases.grid.loadFailed"), m.message(e));
        });
    }
}
