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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

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

    /** Imports the given files and (recursively) the supported files inside the given folders, in name order. */
    public ImportReport importPaths(List<Path> paths, ImportListener listener, BooleanSupplier cancelled) {
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                files.addAll(supportedFilesIn(p, outcomes));
            } else {
                files.add(p);
            }
        }
        listener.started(files.size());
        try (ReadAhead ahead = new ReadAhead(readers, files)) {
            for (int i = 0; i < files.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    return new ImportReport(outcomes, true);
                }
                Path file = files.get(i);
                int index = i;
                listener.fileStarted(file, i, files.size());
                ImportOutcome outcome = importFile(file, () -> ahead.take(index));
                outcomes.add(outcome);
                listener.fileDone(outcome, i, files.size());
            }
        }
        return new ImportReport(outcomes, false);
    }

    /**
     * Imports one file as a document named after the file without its extension; when another file already has that name
     * (the same interview as .vtt and .srt, say), the full file name is used. A file imported before is refused.
     */
    public ImportOutcome importFile(Path file) {
        return importFile(file, () -> readers.read(file));
    }

    private ImportOutcome importFile(Path file, TextSource read) {
        String source = file.toAbsolutePath().normalize().toString();
        var earlier = database.read(a -> a.documents().nameImportedFrom(source));
        if (earlier.isPresent()) {
            return ImportOutcome.failed(file, Text.of("importer.alreadyImported", file.getFileName(), earlier.get()));
        }
        String base = baseName(file);
        String name = database.read(a -> a.documents().nameExists(base)) ? file.getFileName().toString() : base;
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

    private static List<Path> supportedFilesIn(Path folder, List<ImportOutcome> skipped) {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> out = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().startsWith("."))
                .sorted(Comparator.comparing(Path::toString))
                .forEach(p -> {
                    if (DocumentFormat.forFileName(p.getFileName().toString()).isPresent()) {
                        out.add(p);
                    } else {
                        skipped.add(ImportOutcome.skipped(p, Text.of("importer.skippedType", p.getFileName())));
                    }
                });
            return out;
        } catch (IOException e) {
            skipped.add(ImportOutcome.failed(folder, Text.of("importer.folderUnreadable", folder, e.getMessage())));
            return List.of();
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
