package dev.passage.ui.cases;

import dev.passage.cases.ImportPreview;
import dev.passage.cases.RowProblem;
import dev.passage.cases.Table;
import dev.passage.cases.UnitImport;
import dev.passage.cases.UnitImportReport;
import dev.passage.model.VariableType;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Import unit scores": a file with one row per unit; the user picks the column naming the units (preselected), may change the
 * type of each other column, sees the first rows and the rows that cannot be read, then imports in the background and gets a
 * report (units created and updated, values written, rows left out with why).
 */
public final class UnitImportViewModel {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final TableFile file;
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObjectProperty<String> idColumn = new SimpleObjectProperty<>(this, "idColumn");
    private final Map<String, VariableType> overrides = new LinkedHashMap<>();
    private final Previews previews = new Previews();
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyObjectWrapper<UnitImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper reportText = new ReadOnlyStringWrapper(this, "reportText", "");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private boolean settingId;

    public UnitImportViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        this.file = new TableFile(context.tasks(), m);
        file.onTable(this::tableRead);
        idColumn.addListener((o, a, b) -> {
            if (!settingId) {
                preview();
            }
        });
        previews.preview().addListener((o, a, b) -> updateCanImport());
        file.tableProperty().addListener((o, a, b) -> updateCanImport());
    }

    // ---- state

    public TableFile file() {
        return file;
    }

    /** The file's column headers (the id column's choices). */
    public ObservableList<String> headers() {
        return headers;
    }

    /** The column naming the units; preselected, changing it previews again. */
    public ObjectProperty<String> idColumnProperty() {
        return idColumn;
    }

    /** The preview: columns with types, first rows, problems and a summary line. */
    public Previews previews() {
        return previews;
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    /** True when a preview is shown, some rows can be imported and no import runs. */
    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    /** What the import did, once it is done. */
    public ReadOnlyObjectProperty<UnitImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The report as lines to read; empty before an import. */
    public ReadOnlyStringProperty reportTextProperty() {
        return reportText.getReadOnlyProperty();
    }

    // ---- actions

    /** Asks for the file; false when the user cancelled. */
    public boolean chooseFile() {
        return file.choose(dialogs, m.get("cases.units.chooseTitle"));
    }

    /** Reads {@code path} and previews it. */
    public void open(Path path) {
        file.open(path);
    }

    /** Imports the readable rows in the background, then shows the report. */
    public void importNow() {
        Table table = file.tableProperty().get();
        String id = idColumn.get();
        if (table == null || id == null || importing.get()) {
            return;
        }
        UnitImport.Options options = new UnitImport.Options(id, overrides);
        var session = context.session();
        importing.set(true);
        updateCanImport();
        context.tasks().submit(m.get("cases.units.task", table.source()), progress -> session.unitImport().apply(table, options),
                               r -> {
                                   importing.set(false);
                                   report.set(r);
                                   reportText.set(describe(r));
                                   updateCanImport();
                               }, e -> {
                                   importing.set(false);
                                   updateCanImport();
                                   dialogs.showError(m.get("cases.units.failedTitle"), Problems.describe(e, m));
                               });
    }

    // ---- internals

    private void tableRead(Table table) {
        overrides.clear();
        report.set(null);
        reportText.set("");
        settingId = true;
        try {
            headers.setAll(table.headers());
            idColumn.set(Guess.unitIdColumn(table));
        } finally {
            settingId = false;
        }
        preview();
    }

    private void preview() {
        Table table = file.tableProperty().get();
        String id = idColumn.get();
        if (table == null || id == null) {
            return;
        }
        UnitImport.Options options = new UnitImport.Options(id, overrides);
        var session = context.session();
        previews.run(context.tasks(), m, m.get("cases.units.previewTask"), () -> session.unitImport().preview(table, options),
                     this::typeChosen);
    }

    private void typeChosen(ColumnChoice column, VariableType type) {
        overrides.put(column.name(), type);
        preview();
    }

    private void updateCanImport() {
        ImportPreview p = previews.preview().get();
        canImport.set(p != null && file.tableProperty().get() != null && p.importableRows() > 0 && !importing.get());
    }

    String describe(UnitImportReport r) {
        List<String> lines = new ArrayList<>();
        r.warnings().forEach(w -> lines.add(m.get("cases.warning", w)));
        lines.add(m.get("cases.units.reportRows", r.importedRows(), r.rows(), r.source()));
        lines.add(m.get("cases.units.reportUnits", r.unitsCreated(), r.unitsUpdated()));
        lines.add(m.get("cases.units.reportValues", r.valuesSet(), r.valuesCleared()));
        if (!r.problems().isEmpty()) {
            lines.add(m.get("cases.reportSkipped", r.problems().size()));
            r.problems().stream().map(RowProblem::describe).forEach(p -> lines.add("\u2022 " + p));
        }
        return String.join("\n", lines);
    }
}
