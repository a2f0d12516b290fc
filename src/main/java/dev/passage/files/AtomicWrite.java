package dev.passage.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file all or nothing: into a hidden temporary file next to the target, flushed to disk, then moved over the
 * target in one step. If writing fails, the temporary file is removed and the target is left as it was. Every file
 * Passage writes for the user (exports, REFI-QDA projects and codebooks) goes through here.
 */
public final class AtomicWrite {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Writes the file's content to the stream it is given (buffered; closed afterwards by {@link AtomicWrite}). */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    private AtomicWrite() {
    }

    /**
     * Removes the temporary files that an earlier write of {@code file} left when its process was killed
     * ({@code .NAME.HEX.part} beside it). Best effort: one that cannot be removed stays, and this write goes on.
     */
    static int removeLeftovers(Path file) {
        Path dir = file.getParent();
        String prefix = "." + file.getFileName() + ".";
        int removed = 0;
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, p -> isLeftover(p.getFileName().toString(), prefix))) {
            for (Path part : parts) {
                if (Files.deleteIfExists(part)) {
                    removed++;
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            return removed;
        }
        return removed;
    }

    private static boolean isLeftover(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(".part")) {
            return false;
        }
        String hex = name.substring(prefix.length(), name.length() - ".part".length());
        return !hex.isEmpty() && hex.length() <= 16 && hex.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** Replaces {@code target} with what {@code content} writes; returns what {@code content} returned. */
    public static <T> T replace(Path target, Content<T> content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        // not Files.createTempFile: its owner-only permissions would carry over to the file; this gets the usual umask
        removeLeftovers(file);
        Path tmp = file.resolveSibling("." + file.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".part");
        boolean moved = false;
        try {
            T result;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                                                                                   StandardOpenOption.WRITE), 1 << 16)) {
                result = content.writeTo(out);
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
            return result;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
