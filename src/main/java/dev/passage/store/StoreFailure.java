package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;
import dev.passage.files.FileFailure;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

import java.sql.SQLException;

/** Tells from a database or file error whether the project is damaged, the disk refused, or something else went wrong. */
public final class StoreFailure {
    private StoreFailure() {
    }

    /**
     * {@code failure} as it may reach a user: a raw H2 error (an {@link MVStoreException} thrown past JDBC, out of memory in
     * a huge transaction, a file gone) becomes a {@link StoreException} with its kind and a sentence saying what was being
     * done; anything else (Passage's own exceptions, programming errors) is returned as it is.
     */
    public static RuntimeException unraw(RuntimeException failure, String doing) {
        if (failure instanceof dev.passage.errors.PassageException || !fromH2(failure)) {
            return failure;
        }
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName()
                : failure.getMessage().lines().findFirst().orElse("").strip();
        return new StoreException(kindOf(failure, ErrorKind.INTERNAL), Text.of("store.projectDatabaseFailedWhile", doing, message),
                                  failure);
    }

    private static boolean fromH2(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MVStoreException || t.getClass().getName().startsWith("org.h2.")) {
                return true;
            }
        }
        return false;
    }

    /** The kind of {@code failure}, found by walking its causes; {@code otherwise} when none of them says. */
    public static ErrorKind kindOf(Throwable failure, ErrorKind otherwise) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            ErrorKind k = ownKind(t);
            if (k != null) {
                return k;
            }
        }
        return otherwise;
    }

    private static ErrorKind ownKind(Throwable t) {
        if (t instanceof MVStoreException mv) {
            return switch (mv.getErrorCode()) {
                case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_UNSUPPORTED_FORMAT,
                     DataUtils.ERROR_TRANSACTION_CORRUPT -> ErrorKind.DAMAGED;
                case DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_WRITING_FAILED, DataUtils.ERROR_FILE_LOCKED -> ErrorKind.DISK;
                default -> null;
            };
        }
        if (t instanceof SQLException sql) {
            return switch (sql.getErrorCode()) {
                case ErrorCode.FILE_CORRUPTED_1 -> ErrorKind.DAMAGED;
                case ErrorCode.DATABASE_IS_READ_ONLY, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2,
                     ErrorCode.FILE_CREATION_FAILED_1, ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_DELETE_FAILED_1 -> ErrorKind.DISK;
                // a missing or wrong password of an encrypted project is the user's input, not a locked project
                case ErrorCode.WRONG_PASSWORD_FORMAT, ErrorCode.WRONG_USER_OR_PASSWORD, ErrorCode.FILE_ENCRYPTION_ERROR_1 ->
                    ErrorKind.BAD_INPUT;
                default -> null;
            };
        }
        if (t instanceof java.io.IOException io) {
            return FileFailure.kindOf(io);
        }
        return null;
    }
}
