package dev.passage.ui.documents;

import dev.passage.importer.FolderScan;
import dev.passage.importer.ImportCandidate;
import dev.passage.importer.ImportOutcome;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The folder import's preview: every file found with a checkbox, its format and size. README-like, hidden and already
 * imported files start unchecked, files Passage does not read cannot be checked, each with the reason; Import imports the
 * checked files only.
 */
public final class ImportPreviewViewModel {
    /** One file of the preview. */
    public static final class Row {
        private final ImportCandidate candidate;
        private final BooleanProperty checked;
        private final String reason;
        private final String size;

        Row(ImportCandidate candidate, String reason, String size) {
            this.candidate = candidate;
            this.checked = new SimpleBooleanProperty(this, "checked", candidate.takenByDefault());
            this.reason = reason;
            this.size = size;
        }

        /** "txt", "docx", … or "" for a file Passage does not read. */
        public String format() {
            return candidate.format() == null ? "" : candidate.format().extension();
        }

        /** "12 B", "3.4 kB", "1.2 MB". */
        public String size() {
            return size;
        }

        /** Checked rows are imported; a row that cannot be imported stays unchecked. */
        public BooleanProperty checkedProperty() {
            return checked;
        }

        public boolean canCheck() {
            return candidate.importable();
        }

        /** Why the row starts unchecked (or cannot be checked); "" when it is taken. */
        public String reason() {
            return reason;
        }

        public String path() {
            return candidate.shownPath();
        }
    }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final List<Path> paths;
    private final Consumer<List<Path>> importer;
    private final ObservableList<Row> rows = FXCollections.observableArrayList(r -> new Observable[] {r.checkedProperty()});
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final IntegerBinding checkedCount;
    private final StringBinding countText;

    /** {@code importer} receives the checked files when the user imports them. */
    public ImportPreviewViewModel(ProjectContext context, DialogService dialogs, List<Path> paths, Consumer<List<Path>> importer) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        this.paths = List.copyOf(paths);
        this.importer = importer;
        checkedCount = Bindings.createIntegerBinding(() -> (int) rows.stream().filter(r -> r.checkedProperty().get()).count(), rows);
        countText = Bindings.createStringBinding(() -> m.get("documents.preview.count", checkedCount.get(), rows.size()), checkedCount, rows);
    }

    /** Looks through the folders in the background and fills the rows. */
    public void load() {
        var imports = context.session().imports();
        context.tasks().submit(m.get("documents.preview.task"), p -> imports.preview(paths), this::show,
                               e -> {
                                   loaded.set(true);
                                   dialogs.showError(m.get("documents.preview.errorTitle"), m.message(e));
                               });
    }

    private void show(FolderScan.Contents contents) {
        rows.setAll(contents.files().stream().map(c -> new Row(c, c.reason() == null ? "" : m.text(c.reason()), size(c.size()))).toList());
        notes.setAll(contents.folders().stream().map(ImportOutcome::text).map(m::text).toList());
        loaded.set(true);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** What was left out as a whole (project and hidden folders) or could not be read. */
    public ObservableList<String> notes() {
        return notes;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public IntegerBinding checkedCountProperty() {
        return checkedCount;
    }

    /** "3 of 7 files checked". */
    public StringBinding countTextProperty() {
        return countText;
    }

    /** The folder(s) as the header names them. */
    public String folderText() {
        return String.join(", ", paths.stream().map(Path::toString).toList());
    }

    public void selectAll() {
        rows.stream().filter(Row::canCheck).forEach(r -> r.checkedProperty().set(true));
    }

    public void selectNone() {
        rows.forEach(r -> r.checkedProperty().set(false));
    }

    /** The checked files, in the preview's order. */
    public List<Path> checkedFiles() {
        return rows.stream().filter(r -> r.canCheck() && r.checkedProperty().get()).map(r -> r.candidate.file()).toList();
    }

    /** Imports the checked files (nothing when none is checked). */
    public void importChecked() {
        List<Path> files = checkedFiles();
        if (!files.isEmpty()) {
            importer.accept(files);
        }
    }

    /** "12 B", "3.4 kB", "1.2 MB" in the workbench's language. */
    String size(long bytes) {
        if (bytes < 0) {
            return "";
        }
        if (bytes < 1024) {
            return m.get("documents.preview.bytes", bytes);
        }
        if (bytes < 1024 * 1024) {
            return m.get("documents.preview.kilobytes", bytes / 1024.0);
        }
        return m.get("documents.preview.megabytes", bytes / (1024.0 * 1024.0));
    }
}
