package dev.passage.files;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Says in words why the operating system refused a file operation, and whether that is the disk's doing (exit 5). */
public final class FileFailure {
    private FileFailure() {
    }

    /** {@link ErrorKind#DISK} for refusals of the disk or the system (permission, read-only, full, gone); else null. */
    public static ErrorKind kindOf(IOException e) {
        if (e instanceof AccessDeniedException || e instanceof NoSuchFileException || readOnly(e) || full(e)) {
            return ErrorKind.DISK;
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return ErrorKind.DISK;
        }
        return null;
    }

    /** A reason a researcher understands, e.g. "the disk is full" or "no permission to write in /data/study". */
    public static String describe(IOException e) {
        return reason(e).english();
    }

    /** {@link #describe} as a {@link Text}, to be said in the user's language. */
    public static Text reason(IOException e) {
        if (full(e)) {
            return Text.of("files.diskFull");
        }
        if (readOnly(e)) {
            return Text.of("files.readOnly");
        }
        if (e instanceof AccessDeniedException a) {
            return Text.of("files.noPermission", a.getFile());
        }
        if (e instanceof NoSuchFileException n) {
            return Text.of("files.cannotCreate", n.getFile());
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return Text.plain(fs.getReason() + " (" + fs.getFile() + ")");
        }
        return Text.plain(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }

    private static boolean readOnly(IOException e) {
        return text(e).contains("Read-only file system");
    }

    private static boolean full(IOException e) {
        return text(e).contains("No space left") || text(e).contains("There is not enough space");
    }

    private static String text(IOException e) {
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
        return reason + " " + (e.getMessage() == null ? "" : e.getMessage());
    }
}
