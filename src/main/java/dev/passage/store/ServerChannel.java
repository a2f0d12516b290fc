package dev.passage.store;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/**
 * A session's own line to its team project's server, outside the pool: it LISTENs on {@link ChangeLog#CHANNEL} and names
 * the session on the server ({@code application_name}), which is how the other sessions see who is working. Used by one
 * thread at a time (the session's change feed). Every failure is a {@link RuntimeException} in words (the server went away,
 * the password stopped working): the caller drops the channel and opens a new one.
 */
public final class ServerChannel implements AutoCloseable {
    private final ServerStore store;
    private final Connection connection;
    private final PGConnection pg;

    private ServerChannel(ServerStore store, Connection connection) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.pg = connection.unwrap(PGConnection.class);
    }

    /** Connects as {@code applicationName} and listens for the project's changes. */
    public static ServerChannel open(ServerStore store, String applicationName) {
        Connection c = null;
        try {
            c = store.dedicatedConnection(applicationName);
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                st.execute("LISTEN " + ChangeLog.CHANNEL);
            }
            return new ServerChannel(store, c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw ServerStore.translate(e, store.server());
        }
    }

    /**
     * Waits up to {@code timeout} for a change to be announced; true when one (or more) was, false when the time ran out.
     * A notification's payload is not needed: the change log says what changed.
     */
    public boolean await(Duration timeout) {
        try {
            PGNotification[] got = pg.getNotifications((int) Math.max(1, timeout.toMillis()));
            if (got == null && connection.isClosed()) {
                throw new SQLException("the connection to the server was closed", "08006");
            }
            return got != null && got.length > 0;
        } catch (SQLException e) {
            throw ServerStore.translate(e, store.server());
        }
    }

    /** Renames this connection on the server (the coder changed): {@code SET application_name}. */
    public void rename(String applicationName) {
        try {
            Jdbc.list(connection, "SELECT set_config('application_name', ?, false)", rs -> 0, applicationName);
        } catch (RuntimeException e) {
            throw ServerStore.translate(e, store.server());
        }
    }

    /**
     * The {@code application_name} of every other connection to this database (not this one) that starts with
     * {@code prefix}, as {@code pg_stat_activity} shows them; any role may see other roles' names there.
     */
    public List<String> othersNamed(String prefix) {
        try {
            return Jdbc.list(connection,
                "SELECT application_name FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    + " AND starts_with(application_name, ?)",
                rs -> rs.getString(1), prefix);
        } catch (RuntimeException e) {
            throw ServerStore.translate(e, store.server());
        }
    }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException | RuntimeException ignored) {
                // the server is gone already; nothing to release on our side
            }
        }
    }
}
