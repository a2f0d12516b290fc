package dev.passage.importer;

import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;
import dev.passage.store.ProjectStore;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Lists the files in a folder and its sub-folders for an import, each with its format, size and whether it is taken by
 * default. It never walks into a Passage project (a {@code *.passage} folder, or any folder holding a project database,
 * the project being imported into too) nor into a hidden folder; those are reported as skipped.
 */
public final class FolderScan {
    /** The files found (in path order) and what was left out as a whole: project and hidden folders, unreadable folders. */
    public record Contents(List<ImportCandidate> files, List<ImportOutcome> folders) {
        public Contents {
            files = List.copyOf(files);
            folders = List.copyOf(folders);
        }
    }

    private final Path ownProject;

    /** {@code ownProject}: the folder of the project being imported into (never walked), or null. */
    public FolderScan(Path ownProject) {
        this.ownProject = ownProject == null ? null : ownProject.toAbsolutePath().normalize();
    }

    /** True for a folder that is (or holds) a Passage project. */
    public static boolean isProjectFolder(Path folder) {
        Path name = folder.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".passage")
               || Files.isRegularFile(folder.resolve(ProjectStore.DATABASE_FILE));
    }

    public Contents scan(Path folder) {
        List<ImportCandidate> files = new ArrayList<>();
        List<ImportOutcome> folders = new ArrayList<>();
        Path root = folder.toAbsolutePath().normalize();
        if (isProject(root)) {
            folders.add(ImportOutcome.skipped(folder, Text.of("importer.skippedProjectFolder", folder)));
            return new Contents(files, folders);
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isProject(dir)) {
                        folders.add(ImportOutcome.skipped(dir, Text.of("importer.skippedProjectFolder", root.relativize(dir))));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (LikelyNotTranscripts.isHidden(dir)) {
                        folders.add(ImportOutcome.skipped(dir, Text.of("importer.skippedHiddenFolder", root.relativize(dir))));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile()) {
                        files.add(candidate(file, root.relativize(file).toString().replace('\\', '/'), attrs.size()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    folders.add(ImportOutcome.failed(file, Text.of("importer.folderUnreadable", file, DocumentReaders.reason(e))));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            folders.add(ImportOutcome.failed(folder, Text.of("importer.folderUnreadable", folder, DocumentReaders.reason(e))));
        }
        files.sort(Comparator.comparing(c -> c.file().toString()));
        return new Contents(files, folders);
    }

    /** One file as a candidate, shown as {@code shownPath}. */
    static ImportCandidate candidate(Path file, String shownPath, long size) {
        DocumentFormat format = DocumentFormat.forFileName(file.getFileName().toString()).orElse(null);
        ImportCandidate.Exclusion exclusion = format == null ? ImportCandidate.Exclusion.UNSUPPORTED
                                              : LikelyNotTranscripts.isHidden(file) ? ImportCandidate.Exclusion.HIDDEN
                                              : LikelyNotTranscripts.isLikelyNotTranscript(file) ? ImportCandidate.Exclusion.LIKELY_NOT_TRANSCRIPT
                                              : ImportCandidate.Exclusion.NONE;
        return new ImportCandidate(file, shownPath, format, size, exclusion);
    }

    private boolean isProject(Path dir) {
        return isProjectFolder(dir) || dir.equals(ownProject);
    }
}
