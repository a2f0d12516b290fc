package dev.passage.backup;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.store.ProjectStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** The zip a backup is: one entry, the database file, which is written back into a project folder on restore. */
final class BackupArchive {
    private BackupArchive() {
    }

    /** Writes the database in {@code zip} to {@code folder}/project.mv.db (through a part file); fails as DAMAGED if it has none. */
    static void extractDatabase(Path zip, Path folder) throws IOException {
        Path target = folder.resolve(ProjectStore.DATABASE_FILE);
        Path part = folder.resolve("." + ProjectStore.DATABASE_FILE + ".part");
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (!e.isDirectory() && e.getName().endsWith(ProjectStore.DATABASE_FILE)) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    return;
                }
            }
        } catch (java.util.zip.ZipException e) {
            throw new PassageException(ErrorKind.DAMAGED, Text.of("backup.backupReadableZipFile", zip, e.getMessage()), e);
        } finally {
            Files.deleteIfExists(part);
        }
        throw new PassageException(ErrorKind.DAMAGED, Text.of("backup.backupHolds", zip, ProjectStore.DATABASE_FILE));
    }

    /** Deletes a temporary folder; one left behind is harmless (a failure is not reported). */
    static void deleteTree(Path root) {
        try {
            dev.passage.files.Trees.delete(root);
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
