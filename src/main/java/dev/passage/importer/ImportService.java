package dev.passage.importer;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;
import dev.passage.language.LanguageDetector;
import dev.passage.model.EditRecord;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.store.Database;
import dev.passage.store.ProjectStore;
import dev.passage.store.StoreException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Imports files and folders into a project. Each file is read whole and stored in one transaction, so it is imported
 * completely or not at all; a failing file is reported and the rest of the run goes on. A run of several files reads the
 * next ones on a second thread while it stores the current one ({@link ReadAhead}); files are stored in name order.
 * <p>
 * A file the disk refuses to store, or a project folder that vanishes during the run (deleted or moved: H2 may go on
 * writing to its open, deleted file), stops the run with a {@link StoreException} of kind {@link ErrorKind#DISK} instead
 * of reporting files as imported into a project that no longer exists.
 */
public final class ImportService {
    private final Database database;
    private final DocumentReaders readers;
    private final Path projectFolder;
    /** The language every imported document gets, or null to detect each one's from its text. */
    private final Language language;

    public ImportService(Database database, DocumentReaders readers) {
        this(database, readers, null);
    }

    /** {@code projectFolder}, when not null, is checked to still hold the project after every stored file. */
    public ImportService(Database database, DocumentReaders readers, Path projectFolder) {
        this(database, readers, projectFolder, null);
    }

    private ImportService(Database database, DocumentReaders readers, Path projectFolder, Language language) {
        this.database = database;
        this.readers = readers;
        this.projectFolder = projectFolder;
        this.language = language;
    }

    /**
     * This import service with every document imported in {@code language} (null: each document's language is detected from
     * its text, and is the project's when the text does not tell).
     */
    public ImportService withLanguage(Language language) {
        return new ImportService(database, readers, projectFolder, language);
    }

    public ImportReport importPaths(List<Path> paths, ImportListener listener) {
        return importPaths(paths, listener, () -> false);
    }

    /**
     * Imports the given files and (recursively) the files inside the given folders, in name order. A folder's README-like and
     * hidden files, files of other types and Passage project folders are left out and reported as skipped.
     */
    public ImportReport importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled) {
        return importPaths(paths, false, listener, cancelled);
    }

    /**
     * As {@link #importPaths(List, ImportListener, BooleanSupplier)}; {@code all} also takes a folder's files that look like no
     * transcript (README, LICENSE…, see {@link LikelyNotTranscripts}) and its hidden files. Files already imported are skipped.
     */
    public ImportReport importPaths(List<Path> paths, boolean all, ImportListener listener, BooleanSupplier cancelled) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        FolderScan scan = new FolderScan(projectFolder);
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                FolderScan.Contents found = scan.scan(p);
                outcomes.addAll(found.folders());
                for (ImportCandidate c : found.files()) {
                    if (c.takenByDefault() || all && c.importable()) {
                        files.add(c.file());
                    } else {
                        outcomes.add(skipped(c));
                    }
                }
            } else {
                files.add(p);
            }
        }
        Map<Path, String> names = names(files);
        listener.started(files.size());
        try (ReadAhead ahead = new ReadAhead(readers, files)) {
            for (int i = 0; i < files.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return new ImportReport(outcomes, true);
                }
                Path file = files.get(i);
                int index = i;
                listener.fileStarted(file, i, files.size());
                ImportOutcome outcome = importFile(file, names.get(file), () -> ahead.take(index));
                outcomes.add(outcome);
                listener.fileDone(outcome, i, files.size());
            }
        }
        return new ImportReport(outcomes, false);
    }

    /**
     * The files in {@code folder} and its sub-folders as an import would find them, before anything is imported: each with its
     * format, size and why it is left out by default (README-like, hidden, of another type, or already in the project).
     */
    public FolderScan.Contents preview(Path folder) {
        return preview(List.of(folder));
    }

    /** As {@link #preview(Path)} for several files and folders (as dropped on the workbench); a file is listed as it is. */
    public FolderScan.Contents preview(List<Path> paths) {
        List<ImportCandidate> files = new ArrayList<>();
        List<ImportOutcome> folders = new ArrayList<>();
        FolderScan scan = new FolderScan(projectFolder);
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                FolderScan.Contents c = scan.scan(p);
                files.addAll(c.files());
                folders.addAll(c.folders());
            } else {
                files.add(FolderScan.candidate(p, String.valueOf(p.getFileName()), sizeOf(p)));
            }
        }
        FolderScan.Contents found = new FolderScan.Contents(files, folders);
        Set<String> sources = new HashSet<>(database.read(a -> a.documents().importedFrom()).values());
        return new FolderScan.Contents(found.files().stream()
                                            .map(c -> c.format() != null && sources.contains(source(c.file()))
                                                      ? c.withExclusion(ImportCandidate.Exclusion.ALREADY_IMPORTED) : c)
                                            .toList(), found.folders());
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static ImportOutcome skipped(ImportCandidate c) {
        if (c.exclusion() == ImportCandidate.Exclusion.UNSUPPORTED) {
            return ImportOutcome.skipped(c.file(), Text.of("importer.skippedType", c.file().getFileName()));
        }
        return ImportOutcome.skipped(c.file(), Text.of("importer.skippedCandidate", c.file().getFileName(), c.reason()));
    }

    /** Distinguishable document names for the files not imported before ({@link DocumentNames}). */
    private Map<Path, String> names(List<Path> files) {
        Set<String> sources = new HashSet<>(database.read(a -> a.documents().importedFrom()).values());
        List<Path> fresh = files.stream().filter(f -> !sources.contains(source(f))).toList();
        return DocumentNames.of(fresh, n -> database.read(a -> a.documents().nameExists(n)));
    }

    private static String source(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    /**
     * Imports one file as a document named after the file without its extension; when the project already has that name
     * (the same interview as .vtt and .srt, say), the full file name is used, else its folder is added
     * ({@link DocumentNames}). A file imported before is skipped.
     */
    public ImportOutcome importFile(Path file) {
        return importFile(file, null, () -> readers.read(file));
    }

    /** {@code chosenName}: the name {@link DocumentNames} gave the file in its run, or null to choose one now. */
    private ImportOutcome importFile(Path file, String chosenName, TextSource read) {
        String source = source(file);
        var earlier = database.read(a -> a.documents().nameImportedFrom(source));
        if (earlier.isPresent()) {
            return ImportOutcome.skipped(file, Text.of("importer.alreadyImported", file.getFileName(), earlier.get()));
        }
        String name = chosenName != null ? chosenName
                      : DocumentNames.of(List.of(file), n -> database.read(a -> a.documents().nameExists(n))).get(file);
        return importFile(file, name, Map.of(), read);
    }

    /** Imports one file under the given document name, with the given attributes. */
    public ImportOutcome importFile(Path file, String documentName, Map<String, String> attributes) {
        return importFile(file, documentName, attributes, () -> readers.read(file));
    }

    private ImportOutcome importFile(Path file, String documentName, Map<String, String> attributes, TextSource read) {
        String name = documentName.strip();
        if (database.read(a -> a.documents().nameExists(name))) {
            return ImportOutcome.failed(file, Text.of("importer.nameTaken", file.getFileName(), name));
        }
        ImportedText imported;
        try {
            imported = read.text();
        } catch (ImportException e) {
            return ImportOutcome.failed(file, e.text());
        }
        NewDocument doc = new NewDocument(name, imported.text(), imported.format(), file.toAbsolutePath().normalize().toString(), Instant.now(),
                                          attributes, imported.turns(), languageOf(imported.text()));
        long id;
        try {
            id = database.write(tx -> {
                long docId = tx.documents().insert(doc);
                tx.record(EditRecord.of("import.document", "document", docId, name)
                                    .withAfter(EditRecord.values("source", file.getFileName().toString(), "format", imported.format().name(),
                                                                 "characters", imported.text().length(), "turns", imported.turns().size(), "language", doc.language().code())));
                return docId;
            });
        } catch (StoreException e) {
            checkProjectPresent(file);
            if (e.kind() == ErrorKind.DISK || e.kind() == ErrorKind.DAMAGED) {
                throw new StoreException(e.kind(), Text.of("importer.couldStoredSoImport", file.getFileName(), e.text()), e);
            }
            return ImportOutcome.failed(file, Text.of("importer.notStored", file.getFileName(), e.text()));
        }
        checkProjectPresent(file);
        return ImportOutcome.imported(file, id, name, imported.warnings());
    }

    /** The language given to this service, else the text's own, else the project's. */
    private Language languageOf(String text) {
        return language != null ? language
                                : LanguageDetector.detect(text).orElseGet(() -> database.read(a -> a.project().info().language()));
    }

    /**
     * Throws a disk error when the project folder or its database file is gone. The database may still accept writes then
     * (an open file outlives its deletion on Linux), so only the folder tells that nothing stored is kept.
     */
    private void checkProjectPresent(Path file) {
        if (projectFolder == null) {
            return;
        }
        if (!Files.isDirectory(projectFolder) || !Files.isRegularFile(projectFolder.resolve(ProjectStore.DATABASE_FILE))) {
            throw new StoreException(ErrorKind.DISK, Text.of("importer.projectFolderGoneDeleted", projectFolder, file.getFileName()));
        }
    }

    /** Where a file's text comes from: read now, or already being read ahead. */
    @FunctionalInterface
    private interface TextSource {
        ImportedText text() throws ImportException;
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
