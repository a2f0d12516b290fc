package dev.passage.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file all or nothing: into a hidden temporary file next to the target, flushed to disk, then moved over the
 * target in one step. If writing fails, the temporary file is removed and the target is left as it was; an I/O failure
 * is reported as an {@link ExportException} naming the file.
 */
public final class AtomicFile {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFile() {
    }

    public static ExportReport write(Path target, FileExport export) {
        Path file = target.toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new ExportException("Cannot write " + target + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(file)) {
            throw new ExportException("Cannot write " + target + ": it is a folder; give a file name");
        }
        try {
            return replace(file, export);
        } catch (IOException e) {
            throw new ExportException("Cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static ExportReport replace(Path file, FileExport export) throws IOException {
        // not Files.createTempFile: its owner-only permissions would carry over to the export; this gets the usual umask
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        boolean moved = false;
        try {
            ExportReport report;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                                                                                   StandardOpenOption.WRITE), 1 << 16)) {
                report = export.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return report;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
