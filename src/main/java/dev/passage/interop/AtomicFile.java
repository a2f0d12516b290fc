package dev.passage.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file completely or not at all: into a temporary file beside it, moved into place when done. */
final class AtomicFile {
    @FunctionalInterface
    interface Body {
        void write(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    static void write(Path target, Body body) throws IOException {
        Path abs = target.toAbsolutePath();
        Path dir = abs.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path part = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
        try {
            try (OutputStream out = Files.newOutputStream(part)) {
                body.write(out);
            }
            try {
                Files.move(part, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, abs, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
