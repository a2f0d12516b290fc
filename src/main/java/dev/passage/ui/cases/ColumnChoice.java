package dev.passage.ui.cases;

import dev.passage.cases.ImportColumn;
import dev.passage.model.VariableType;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * A column of an import file as the preview shows it: what it is for, how many cells are filled, and (for a variable) its type,
 * which the user may change unless the project already has that variable with its own type.
 */
public final class ColumnChoice {
    private final ImportColumn column;
    private final ObjectProperty<VariableType> type;

    ColumnChoice(ImportColumn column) {
        this.column = column;
        this.type = new SimpleObjectProperty<>(this, "type", column.type());
    }

    public String name() {
        return column.name();
    }

    public ImportColumn.Role role() {
        return column.role();
    }

    /** Where the type came from: read from the values, chosen, or the project's variable of that name. */
    public ImportColumn.TypeSource typeSource() {
        return column.typeSource();
    }

    /** How many rows have a value in this column. */
    public int filled() {
        return column.filled();
    }

    /** True for a variable column whose type the user may choose. */
    public boolean typeEditable() {
        return column.role() == ImportColumn.Role.VARIABLE && column.typeSource() != ImportColumn.TypeSource.PROJECT;
    }

    /** The variable's type (null for the id, unit and text columns); setting it previews the import again. */
    public ObjectProperty<VariableType> typeProperty() {
        return type;
    }
}
