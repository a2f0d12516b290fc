package dev.passage.ui.cases;

import dev.passage.cases.Table;
import dev.passage.cases.TableReader;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
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
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The file an import reads (CSV, TSV, XLSX or XLS), read in the background: its sheets (for a workbook), the chosen sheet
 * and the table. A file that cannot be read leaves a clear {@link #errorProperty() error} naming it.
 */
public final class TableFile {
    private final BackgroundTasks tasks;
    private final Messages m;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>(this, "sheet");
    private final ReadOnlyObjectWrapper<Table> table = new ReadOnlyObjectWrapper<>(this, "table");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean settingSheets;

    TableFile(BackgroundTasks tasks, Messages messages) {
        this.tasks = tasks;
        this.m = messages;
        sheet.addListener((o, a, b) -> {
            if (!settingSheets && b != null && file.get() != null) {
                read(file.get(), b);
            }
        });
    }

    /** The kinds of file the chooser offers. */
    static List<DialogService.FileType> types(Messages m) {
        return List.of(new DialogService.FileType(m.get("cases.file.tables"), "csv", "tsv", "txt", "xlsx", "xlsm", "xls"),
                       new DialogService.FileType(m.get("cases.file.csv"), "csv", "tsv", "txt"),
                       new DialogService.FileType(m.get("cases.file.excel"), "xlsx", "xlsm", "xls"));
    }

    /** Asks for a file and reads it; false when the user cancelled. */
    boolean choose(DialogService dialogs, String title) {
        Optional<Path> chosen = dialogs.chooseFileToOpen(title, types(m));
        chosen.ifPresent(this::open);
        return chosen.isPresent();
    }

    /** Reads {@code path} (its first sheet, for a workbook). */
    public void open(Path path) {
        file.set(path);
        settingSheets = true;
        try {
            sheets.clear();
            sheet.set(null);
        } finally {
            settingSheets = false;
        }
        read(path, null);
    }

    private record Read(List<String> sheets, Table table) {
    }

    private void read(Path path, String sheetName) {
        loading.set(true);
        error.set("");
        tasks.submit(m.get("cases.task.read", path.getFileName()), progress -> {
            List<String> names = TableReader.sheetNames(path);
            return new Read(names, TableReader.read(path, names.isEmpty() ? null : sheetName));
        }, r -> {
            if (!path.equals(file.get())) {
                return; // another file was chosen meanwhile
            }
            settingSheets = true;
            try {
                if (!sheets.equals(r.sheets())) {
                    sheets.setAll(r.sheets());
                }
                sheet.set(r.table().sheet());
            } finally {
                settingSheets = false;
            }
            loading.set(false);
            table.set(r.table());
        }, e -> {
            loading.set(false);
            table.set(null);
            error.set(Problems.describe(e, m));
        });
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The workbook's sheets; empty for a CSV file. */
    public ObservableList<String> sheets() {
        return sheets;
    }

    /** The sheet read (null for CSV); choosing another reads it. */
    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    /** The table read, or null (none chosen yet, or it could not be read). */
    public ReadOnlyObjectProperty<Table> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the file cannot be read (names the file); empty when it can. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Runs {@code then} whenever a new table has been read. */
    void onTable(Consumer<Table> then) {
        table.addListener((o, a, b) -> {
            if (b != null) {
                then.accept(b);
            }
        });
    }
}
