package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.Text;
import dev.passage.model.Finding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;
import dev.passage.errors.ProjectLockedException;

/**
 * Checks a closed project's database without changing it: opens it read-only (no migration), reads every row of every
 * table (so every data page is read and its checksum verified), walks every secondary index, checks the rules the data
 * must keep ({@link DataRules}) and the schema history ({@link SchemaHistoryCheck}). A database H2 cannot open is reported
 * as damaged, never thrown.
 */
public final class DatabaseCheck {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseCheck.class);
    static final String AREA = "database";

    /** What the index should hold for one document: one segment per speaker turn, or per paragraph when it has none. */
    public record DocumentShape(long id, String name, int segments) {
    }

    /**
     * @param findings   what is wrong, in words
     * @param opened     whether H2 could open the database at all
     * @param dataVersion the project's data version (what the index records having seen), -1 when unknown
     * @param documents  per document id, what the search index should hold (empty when the database could not be read)
     */
    public record Result(List<Finding> findings, boolean opened, long dataVersion, Map<Long, DocumentShape> documents) {
    }

    private DatabaseCheck() {
    }

    /**
     * Checks the database in {@code folder}. {@code paragraphs} counts the paragraphs of a text without speaker turns
     * (the search package's segmentation). Throws only for a folder that is not a project or is open elsewhere.
     */
    public static Result check(Path folder, ToIntFunction<String> paragraphs) {
        return check(folder, null, paragraphs);
    }

    /** As {@link #check(Path, ToIntFunction)} for a project that may be encrypted with {@code key} (null: a plain one). */
    public static Result check(Path folder, ProjectKey key, ToIntFunction<String> paragraphs) {
        Path abs = folder.toAbsolutePath().normalize();
        Path file = abs.resolve(ProjectStore.DATABASE_FILE);
        if (!Files.isRegularFile(file)) {
            throw new StoreException(Text.of("store.passageProject", abs, ProjectStore.DATABASE_FILE));
        }
        try (var lock = Lock.take(abs)) {
            return checkLocked(abs, file, key, paragraphs);
        }
    }

    private static Result checkLocked(Path folder, Path file, ProjectKey key, ToIntFunction<String> paragraphs) {
        List<Finding> findings = new ArrayList<>();
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new StoreException(StoreFailure.kindOf(e, ErrorKind.DISK), Text.of("store.read", file, e.getMessage()), e);
        }
        if (size == 0) {
            findings.add(Finding.damaged(AREA, ProjectStore.DATABASE_FILE + " is empty (0 bytes): the project's data is gone"));
            return new Result(findings, false, -1, Map.of());
        }
        Connection c;
        try {
            c = open(folder, ProjectCipher.isEncryptedFile(file) ? key : null);
        } catch (SQLException | RuntimeException e) {
            if (ProjectCipher.isEncryptedFile(file) && e instanceof SQLException sql && ProjectCipher.isPasswordError(sql)) {
                throw key == null ? ProjectPasswordException.missing(folder) : ProjectPasswordException.wrong(folder);
            }
            LOG.debug("check: cannot open {}", folder, e);
            findings.add(Finding.damaged(AREA, "H2 cannot open " + ProjectStore.DATABASE_FILE + ": " + firstLine(e)));
            return new Result(findings, false, -1, Map.of());
        }
        try (c) {
            Map<String, Long> rows = readAllTables(c, findings);
            if (!rows.containsKey("PROJECT") || !rows.containsKey("DOCUMENT") || !rows.containsKey("CODING")) {
                findings.add(Finding.damaged(AREA, "The database has none of a project's tables (found " + rows.keySet() + ")"));
                return new Result(findings, true, -1, Map.of());
            }
            walkIndexes(c, rows, findings);
            DataRules.check(c, findings);
            if (Files.exists(folder.resolve(Migrations.BEFORE_MIGRATION))) {
                // the schema is half-way: the next open puts the copy from before the migration back and migrates again
                findings.add(Finding.note(SchemaHistoryCheck.AREA, "A schema migration was interrupted; the next open restores the"
                                                                   + " database from before it (" + Migrations.BEFORE_MIGRATION
                                                                   + ") and runs it again"));
            } else {
                SchemaHistoryCheck.check(c, folder, ProjectCipher.isEncryptedFile(file) ? key : null, findings);
            }
            long version = dataVersion(c, findings);
            Map<Long, DocumentShape> shapes = shapes(c, paragraphs, findings);
            return new Result(findings, true, version, shapes);
        } catch (SQLException | RuntimeException e) {
            LOG.debug("check: failed reading {}", folder, e);
            findings.add(Finding.damaged(AREA, "Reading the database failed: " + firstLine(e)));
            return new Result(findings, true, -1, Map.of());
        }
    }

    /** Read-only first (the check changes nothing); a store that needs crash recovery may refuse that, then read-write. */
    private static Connection open(Path folder, ProjectKey key) throws SQLException {
        String base = "jdbc:h2:file:" + folder.resolve(ProjectStore.DATABASE_NAME)
                      + ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE;TRACE_MAX_FILE_SIZE=1";
        try {
            return ProjectCipher.connect(base + ";ACCESS_MODE_DATA=r", key);
        } catch (SQLException e) {
            if (StoreFailure.kindOf(e, ErrorKind.INTERNAL) == ErrorKind.DAMAGED) {
                throw e;
            }
            LOG.debug("check: read-only open failed, trying read-write", e);
            return ProjectCipher.connect(base + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;MAX_COMPACT_TIME=0", key);
        }
    }

    /** Reads every column of every row of every table; returns the row count per table. */
    private static Map<String, Long> readAllTables(Connection c, List<Finding> findings) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                                            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            long n = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + quote(table))) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        rs.getString(i); // reads large texts in full, so every page behind them is read
                    }
                    n++;
                }
                rows.put(table, n);
            } catch (SQLException | RuntimeException e) {
                findings.add(Finding.damaged(AREA, "Table " + table + " cannot be read in full (after " + n + " rows): "
                                                   + firstLine(e)));
            }
        }
        return rows;
    }

    /** Reads each secondary index from end to end and compares its entries with the table's rows. */
    private static void walkIndexes(Connection c, Map<String, Long> rows, List<Finding> findings) throws SQLException {
        Map<String, List<String>> columnsByIndex = new LinkedHashMap<>();
        Map<String, String> tableByIndex = new LinkedHashMap<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                                            + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA"
                                            + " AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME"
                                            + " WHERE i.TABLE_SCHEMA = 'PUBLIC' ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION")) {
            while (rs.next()) {
                tableByIndex.put(rs.getString(2), rs.getString(1));
                columnsByIndex.computeIfAbsent(rs.getString(2), k -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        for (var e : columnsByIndex.entrySet()) {
            String table = tableByIndex.get(e.getKey());
            Long expected = rows.get(table);
            if (expected == null) {
                continue; // the table itself could not be read; already reported
            }
            String cols = String.join(", ", e.getValue().stream().map(DatabaseCheck::quote).toList());
            String sql = "SELECT " + cols + " FROM " + quote(table) + " USE INDEX (" + quote(e.getKey()) + ") ORDER BY " + cols;
            long n = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    n++;
                }
                if (n != expected) {
                    findings.add(Finding.damaged(AREA, "Index " + e.getKey() + " of table " + table + " has " + n
                                                       + " entries for " + expected + " rows"));
                }
            } catch (SQLException | RuntimeException ex) {
                findings.add(Finding.damaged(AREA, "Index " + e.getKey() + " of table " + table + " cannot be read: "
                                                   + firstLine(ex)));
            }
        }
    }

    private static long dataVersion(Connection c, List<Finding> findings) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT data_version FROM project")) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }

    private static Map<Long, DocumentShape> shapes(Connection c, ToIntFunction<String> paragraphs, List<Finding> findings)
        throws SQLException {
        Map<Long, DocumentShape> out = new LinkedHashMap<>();
        String sql = "SELECT d.id, d.name, (SELECT COUNT(*) FROM speaker_turn t WHERE t.document_id = d.id) AS turns,"
                     + " CASE WHEN EXISTS (SELECT 1 FROM speaker_turn t WHERE t.document_id = d.id) THEN NULL ELSE d.body END AS body"
                     + " FROM document d ORDER BY d.id";
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int turns = rs.getInt(3);
                String body = rs.getString(4);
                int segments = turns > 0 ? turns : paragraphs.applyAsInt(body == null ? "" : body);
                out.put(rs.getLong(1), new DocumentShape(rs.getLong(1), rs.getString(2), segments));
            }
        }
        return out;
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int nl = m.indexOf('\n');
        String line = nl < 0 ? m : m.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    /** The project's lock, so nothing writes while the check reads. */
    private record Lock(FileChannel channel, FileLock lock) implements AutoCloseable {
        static Lock take(Path folder) {
            FileChannel channel;
            try {
                channel = FileChannel.open(folder.resolve(ProjectStore.LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw new StoreException(StoreFailure.kindOf(e, ErrorKind.DISK), Text.of("store.checkProject", folder, e.getMessage()), e);
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException | IOException e) {
                lock = null;
            }
            if (lock == null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // nothing to release
                }
                throw new ProjectLockedException(Text.of("store.projectOpenPassageClose", folder.getFileName()));
            }
            return new Lock(channel, lock);
        }

        @Override
        public void close() {
            try {
                lock.release();
                channel.close();
            } catch (IOException e) {
                LOG.debug("releasing the check's lock", e);
            }
        }
    }
}
