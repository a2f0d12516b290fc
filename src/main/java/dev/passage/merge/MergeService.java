package dev.passage.merge;

import dev.passage.coding.CommandHistory;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.interop.ImportOptions;
import dev.passage.interop.ImportPlan;
import dev.passage.interop.QdpxImporter;
import dev.passage.model.Language;
import dev.passage.security.ProjectKey;
import dev.passage.store.Database;
import dev.passage.store.ProjectStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Merges a coder's copy (another Passage project folder, or a .qdpx) into the open project: first {@link #read} it, then
 * {@link #preview} what a merge would add, match and find in conflict (nothing is written), then {@link #merge}: one
 * transaction and one undoable step in the project's history. Merging the same copy again adds nothing.
 */
public final class MergeService {
    /** OTHER read and ready to preview or merge: its plan, how it is named in reports, and what reading it could not carry over. */
    public record Other(ImportPlan plan, String name, List<String> notCarried) {
    }

    private final Database database;
    private final CommandHistory history;
    private final Path projectFolder;
    private final Consumer<String> checkpoint;

    public MergeService(Database database, CommandHistory history, Path projectFolder) {
        this(database, history, projectFolder, step -> { });
    }

    /** {@code checkpoint} is told each step of a merge as it passes it (tests make one fail there). */
    MergeService(Database database, CommandHistory history, Path projectFolder, Consumer<String> checkpoint) {
        this.database = database;
        this.history = history;
        this.projectFolder = projectFolder;
        this.checkpoint = checkpoint;
    }

    /** Whether {@code other} needs a password: a Passage project folder that is encrypted. */
    public static boolean needsPassword(Path other) {
        return Files.isDirectory(other) && dev.passage.store.ProjectCipher.isEncrypted(other);
    }

    /**
     * Reads OTHER: a Passage project folder (opened from a copy; {@code key} when it is encrypted, else null) or a .qdpx (codings
     * whose file names no coder are credited to {@code coder}).
     */
    public Other read(Path other, ProjectKey key, String coder) throws IOException {
        if (!Files.exists(other)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("merge.otherMissing", other));
        }
        if (Files.isDirectory(other) && sameFolder(other)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("merge.sameAsDir", other));
        }
        String name = other.toAbsolutePath().normalize().getFileName().toString();
        if (Files.isDirectory(other) && Files.isRegularFile(other.resolve(ProjectStore.DATABASE_FILE))) {
            return new Other(ProjectPlanReader.read(other, key), name, List.of());
        }
        if (Files.isRegularFile(other) && name.toLowerCase(Locale.ROOT).endsWith(".qdpx")) {
            Language language = database.read(a -> a.project().info()).language();
            var read = QdpxImporter.read(other, ImportOptions.of(language, coder));
            List<String> lost = new java.util.ArrayList<>(read.report().warnings());
            read.report().losses().forEach(l -> lost.add(l.line()));
            return new Other(read.plan(), name, lost);
        }
        throw new PassageException(ErrorKind.BAD_INPUT, Text.of("merge.notProject", other));
    }

    /** What merging {@code other} would do now; nothing is written. */
    public MergeReport preview(Other other) {
        return database.read(access -> new MergeWriter(access, null, other.plan(), other.name(), step -> { })
                .run(access.project().info(), other.notCarried()));
    }

    /** Merges {@code other} as one undoable step; on any error nothing of it is stored. */
    public MergeReport merge(Other other) {
        return history.run(new MergeCommand(other.plan(), other.name(), other.notCarried(), checkpoint)).report();
    }

    private boolean sameFolder(Path other) throws IOException {
        try {
            return Files.isSameFile(other, projectFolder);
        } catch (IOException e) {
            return other.toAbsolutePath().normalize().equals(projectFolder.toAbsolutePath().normalize());
        }
    }
}
