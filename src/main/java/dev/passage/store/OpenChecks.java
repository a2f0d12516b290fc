package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import dev.passage.errors.DamagedProjectException;

/**
 * The cheap checks made when a project is opened, and the words for what they find: an empty or unreadable database file,
 * a database that went back in time against its {@link DataVersionMark}, a read-only, vanished or full folder. None of
 * them reads the whole database (that is {@code passage check}'s work).
 */
final class OpenChecks {
    private static final List<String> FIRST_TABLES = List.of("flyway_schema_history", "project", "coder", "unit", "document",
                                                             "document_attribute", "speaker_turn", "code", "coding", "memo",
                                                             "variable", "variable_value");
    private OpenChecks() {
    }

    /** Before anything is opened: the database file is there, not empty, and the folder can be written. */
    static void beforeOpen(Path folder) {
        Path db = folder.resolve(ProjectStore.DATABASE_FILE);
        try {
            if (Files.isRegularFile(db) && Files.size(db) == 0) {
                throw new DamagedProjectException(folder, Text.of("store.projectDatabaseEmptyBytes", db), null);
            }
        } catch (IOException e) {
            throw diskFailure(folder, e);
        }
        if (!Files.isWritable(folder) || (Files.exists(db) && !Files.isWritable(db))) {
            throw readOnly(folder, null);
        }
    }

    /** The lock file could not be opened: the folder is read-only, gone, or the disk refused. */
    static StoreException lockFailure(Path folder, IOException e) {
        if (e instanceof AccessDeniedException) {
            return readOnly(folder, e);
        }
        return diskFailure(folder, e);
    }

    /**
     * The first connection: reads the data version and compares it with the mark. Returns the database's version (0 for a
     * new, empty database).
     */
    static long checkVersion(Path folder, DataSource dataSource) {
        OptionalLong mark = DataVersionMark.read(folder);
        long version;
        try (Connection c = dataSource.getConnection()) {
            if (!hasProjectTable(c)) {
                if (mark.isPresent() && mark.getAsLong() > 0) {
                    throw new DamagedProjectException(folder, Text.of("store.projectDatabaseLostTables", folder, mark.getAsLong()), null);
                }
                return 0;
            }
            List<String> missing = missingTables(c);
            if (!missing.isEmpty()) {
                throw new DamagedProjectException(folder, Text.of("store.projectDatabaseDamagedTables", folder, String.join(", ", missing)), null);
            }
            version = DataVersionMark.versionOf(c);
        } catch (SQLException | RuntimeException e) {
            if (e instanceof dev.passage.errors.PassageException se) {
                throw se;
            }
            dev.passage.errors.PassageException known = failure(folder, e);
            throw known != null ? known
                                : new StoreException(StoreFailure.kindOf(e, ErrorKind.INTERNAL),
                                                     Text.of("store.projectDatabaseCouldPrepared", folder, reason(e)), e);
        }
        if (mark.isPresent() && version < mark.getAsLong()) {
            throw new DamagedProjectException(folder, Text.of("store.projectDatabaseWentBack", folder, version, mark.getAsLong()),
                                              null);
        }
        return version;
    }

    /** Words for a failure while opening or migrating the database. */
    static dev.passage.errors.PassageException failure(Path folder, Throwable e) {
        ErrorKind kind = StoreFailure.kindOf(e, ErrorKind.INTERNAL);
        if (kind == ErrorKind.DAMAGED || isUnreadable(e)) {
            return new DamagedProjectException(folder, Text.of("store.projectDatabaseDamaged", folder.resolve(ProjectStore.DATABASE_FILE),
                    reason(e)), e);
        }
        if (kind == ErrorKind.DISK) {
            return diskFailure(folder, e);
        }
        return null;
    }

    /** Words for a damaged page found while reading an open project. */
    static Text damagedWhileReading(Throwable e) {
        return Text.of("store.damagedWhileReading", reason(e));
    }

    /** H2's long messages (chunk layouts, error codes) cut down to what a user can read. */
    static String reason(Throwable e) {
        if (isPageUnreadable(e)) {
            return "part of the file cannot be read (H2: unable to read a page; the file was changed or cut outside Passage)";
        }
        return firstLine(rootMessage(e));
    }

    private static boolean isPageUnreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Unable to read the page") || m.contains("File corrupted"))) {
                return true;
            }
        }
        return false;
    }

    static StoreException readOnly(Path folder, Throwable cause) {
        return new StoreException(ErrorKind.DISK, Text.of("store.projectFolderReadOnly", folder), cause);
    }

    static StoreException diskFailure(Path folder, Throwable e) {
        String m = String.valueOf(rootMessage(e));
        Text what;
        if (!Files.isDirectory(folder)) {
            what = Text.of("store.disk.folderGone", folder);
        } else if (m.contains("No space left") || m.contains("Disk quota")) {
            what = Text.of("store.disk.full", folder);
        } else {
            what = Text.of("store.disk.refused", folder, firstLine(m));
        }
        return new StoreException(ErrorKind.DISK, what, e);
    }

    /** The tables every project has had since its first schema version, which a damaged file can lose from H2's metadata. */
    private static List<String> missingTables(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT UPPER(TABLE_NAME) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            while (rs.next()) {
                present.add(rs.getString(1));
            }
        }
        List<String> missing = new ArrayList<>();
        for (String t : FIRST_TABLES) {
            if (!present.contains(t.toUpperCase(Locale.ROOT))) {
                missing.add(t);
            }
        }
        return missing;
    }

    private static boolean hasProjectTable(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE UPPER(TABLE_NAME) = 'PROJECT'")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }

    /** H2 reports some unreadable files as a general error with MVStore's words in the message. */
    private static boolean isUnreadable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Unable to read the page") || m.contains("File corrupted") || m.contains("is corrupt")
                              || m.contains("Chunk") && m.contains("not found") || m.contains("Unsupported format"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        int bracket = line.indexOf(" [");
        return (bracket > 0 ? line.substring(0, bracket) : line).strip();
    }
}
