package dev.passage.ui.exchange;

import dev.passage.interop.ImportOptions;
import dev.passage.interop.InteropReport;
import dev.passage.interop.QdpxImporter;
import dev.passage.model.Language;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.DialogService.FileType;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * File &gt; Import REFI-QDA project: a {@code .qdpx} (or a {@code .qde} beside its sources folder) from NVivo, MAXQDA,
 * ATLAS.ti, QualCoder … becomes a new Passage project. The user picks the file, the new project's folder (suggested beside
 * the file) and the texts' language; the import runs in the background, a report lists what was imported and what could not
 * be carried over, and then the new project is handed to {@code openProject}. Needs no open project.
 */
public final class RefiImportViewModel {
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final Messages m;
    private final String coder;
    private final Consumer<Path> openProject;

    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final ObjectProperty<Language> language = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<InteropReport> lastReport = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canImport;

    /** {@code coder} names codings whose producer names none; {@code openProject} opens the new project afterwards. */
    public RefiImportViewModel(BackgroundTasks tasks, DialogService dialogs, Messages messages, String coder, Consumer<Path> openProject) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.m = messages;
        this.coder = coder;
        this.openProject = openProject;
        language.set(defaultLanguage(messages.locale()));
        canImport = Bindings.createBooleanBinding(() -> !running.get() && file.get() != null && folder.get() != null && language.get() != null,
                                                  running, file, folder, language);
    }

    /** The project's language for search (Danish, Swedish or English): the workbench's language, else English. */
    static Language defaultLanguage(Locale locale) {
        return switch (locale.getLanguage()) {
            case "da" -> Language.DA;
            case "sv" -> Language.SV;
            default -> Language.EN;
        };
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    /** The new project folder (NAME.passage); it must not exist or be empty. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public BooleanBinding canImportProperty() {
        return canImport;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The report of the last successful import, or null. */
    public ReadOnlyObjectProperty<InteropReport> lastReportProperty() {
        return lastReport.getReadOnlyProperty();
    }

    public Messages messages() {
        return m;
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    /** Asks for the .qdpx or .qde file; suggests a new project folder beside it when none is chosen yet. */
    public void chooseFile() {
        dialogs.chooseFileToOpen(m.get("exchange.import.fileTitle"),
                                 List.of(new FileType(m.get("exchange.type.refiProject"), "qdpx", "qde"),
                                         new FileType(m.get("exchange.type.all"), "*")))
               .ifPresent(chosen -> {
                   file.set(chosen);
                   if (folder.get() == null) {
                       folder.set(suggestedFolder(chosen));
                   }
               });
    }

    /** Asks where to create the new project. */
    public void chooseFolder() {
        dialogs.chooseNewProjectFolder().ifPresent(folder::set);
    }

    /** "study.qdpx" → "study.passage" beside it, or "study-2.passage" … when that is taken. */
    static Path suggestedFolder(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Path dir = file.toAbsolutePath().getParent();
        Path candidate = dir.resolve(base + ".passage");
        for (int i = 2; Files.exists(candidate) && i < 100; i++) {
            candidate = dir.resolve(base + "-" + i + ".passage");
        }
        return candidate;
    }

    /**
     * Imports in the background; then shows what was imported and what not, and opens the new project. A failure names the
     * file and the problem, and leaves no project folder behind. Returns false when something is still missing.
     */
    public boolean importProject() {
        if (!canImport.get()) {
            return false;
        }
        Path source = file.get();
        Path target = folder.get();
        ImportOptions options = ImportOptions.of(language.get(), coder);
        running.set(true);
        tasks.submit(m.get("exchange.task.importProject", source.getFileName()), progress -> {
            if (target.toAbsolutePath().getParent() != null) {
                Files.createDirectories(target.toAbsolutePath().getParent());
            }
            return QdpxImporter.importProject(source, target, options);
        }, report -> {
            running.set(false);
            lastReport.set(report);
            dialogs.showInfo(m.get("exchange.import.doneTitle"),
                             m.get("exchange.import.done", source.getFileName(), target) + "\n\n"
                             + String.join("\n", ExchangeTexts.interop(report, m)));
            openProject.accept(target);
        }, error -> {
            running.set(false);
            dialogs.showError(m.get("exchange.importFailedTitle", source.getFileName()), ExchangeTexts.failure(source, error, m));
        });
        return true;
    }
}
