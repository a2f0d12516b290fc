package dev.passage.importer;

import dev.passage.errors.Text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a whole file; failures become an {@link ImportException} in plain words. */
final class FileBytes {
    private FileBytes() {
    }

    static byte[] read(Path file) throws ImportException {
        try {
            return Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            throw new ImportException(file, Text.of("importer.fileReadPermissionDenied"), e);
        } catch (IOException e) {
            throw new ImportException(file, Text.of("importer.fileCouldRead", e.getMessage()), e);
        }
    }

    /** The first {@code n} bytes (fewer if the file is shorter). */
    static byte[] head(Path file, int n) throws ImportException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (AccessDeniedException e) {
            throw new ImportException(file, Text.of("importer.fileReadPermissionDenied"), e);
        } catch (IOException e) {
            throw new ImportException(file, Text.of("importer.fileCouldRead", e.getMessage()), e);
        }
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** The OLE2 compound file signature: old .doc files, and password-protected Office files. */
    static boolean isOle2(byte[] head) {
        return head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0;
    }
}
