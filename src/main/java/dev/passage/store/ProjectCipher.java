package dev.passage.store;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;

/**
 * How a project's database is encrypted: H2's AES file encryption ({@code CIPHER=AES}) with a {@link ProjectKey}. An
 * encrypted database file starts with H2's header {@code H2encrypt}, so a project says it is encrypted without a marker file
 * and without revealing anything else. Encrypted databases write no trace file (H2's trace may quote SQL with its values).
 */
public final class ProjectCipher {
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    private ProjectCipher() {
    }

    /** True when the project in {@code folder} has an encrypted database; false for a plain one or none. */
    public static boolean isEncrypted(Path folder) {
        return isEncryptedFile(folder.resolve(ProjectStore.DATABASE_FILE));
    }

    static boolean isEncryptedFile(Path databaseFile) {
        if (!Files.isRegularFile(databaseFile)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(databaseFile)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /** A pool on the database {@code base} (a path without {@code .mv.db}); encrypted with {@code key} unless it is null. */
    static JdbcConnectionPool pool(Path base, ProjectKey key) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(dataSource(ProjectStore.urlOf(base), key));
        pool.setMaxConnections(8);
        return pool;
    }

    /** One connection on {@code url} (settings may follow it), with the cipher and password of {@code key} unless it is null. */
    static Connection connect(String url, ProjectKey key) throws SQLException {
        return dataSource(url, key).getConnection();
    }

    /** A data source on {@code url}, with the cipher and password of {@code key} unless it is null. */
    static JdbcDataSource dataSource(String url, ProjectKey key) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setUser("sa");
        if (key == null) {
            ds.setURL(url);
            ds.setPassword("");
        } else {
            ds.setURL(url + ";CIPHER=AES;TRACE_LEVEL_FILE=0");
            ds.setPasswordChars(key.connectionPassword());
        }
        return ds;
    }

    /** Opens one connection to tell a wrong password from other failures before anything else uses the pool. */
    static void checkPassword(JdbcConnectionPool pool, Path folder, boolean encrypted) {
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            if (encrypted && isPasswordError(e)) {
                throw ProjectPasswordException.wrong(folder);
            }
            // other failures surface (classified) where the store prepares the database
        }
    }

    static boolean isPasswordError(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && (s.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                                                || s.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                                                || s.getErrorCode() == ErrorCode.WRONG_PASSWORD_FORMAT)) {
                return true;
            }
        }
        return false;
    }
}
