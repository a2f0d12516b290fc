package dev.passage.export;

import dev.passage.errors.Text;
import dev.passage.files.AtomicWrite;

import dev.passage.errors.ErrorKind;
import dev.passage.files.FileFailure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an export all or nothing (see {@link AtomicWrite}), after checking the target is a file in an existing folder;
 * an I/O failure is reported as an {@link ExportException} naming the file.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static ExportReport write(Path target, FileExport export) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException(Text.of("export.writeFolderDoesExist", target, dir));
        }
        if (Files.isDirectory(file)) {
            throw new ExportException(Text.of("export.writeFolderGiveFile", target));
        }
        try {
            return AtomicWrite.replace(file, export::writeTo);
        } catch (IOException e) {
            ErrorKind kind = FileFailure.kindOf(e);
            throw new ExportException(kind == null ? ErrorKind.BAD_INPUT : kind, Text.of("export.write", target, FileFailure.reason(e)), e);
        }
    }
}
