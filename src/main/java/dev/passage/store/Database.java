package dev.passage.store;

import dev.passage.errors.Text;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Transactions over the project's data source. Writes are serialised (one writer at a time), each write bumps the
 * project's data version in the same transaction, and listeners hear of the change after the commit.
 */
public final class Database {
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx);
    }

    /**
     * Makes the new data version of a write, last thing before its commit, in place of the plain bump: a server project
     * bumps, logs the change for the other sessions and NOTIFYs them in one statement ({@link ChangeLog#bumpAndAppend}),
     * since the bump holds the project row's lock until the commit and every round trip under it serialises the writers.
     * {@code changes} carries no version yet (0). Returns the new version; a failure rolls the write back.
     */
    @FunctionalInterface
    public interface CommitHook {
        long version(Tx tx, ChangeSet changes, String actor);
    }

    @FunctionalInterface
    public interface Query<T> {
        T run(StoreAccess access);
    }

    private final DataSource dataSource;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Supplier<String> actor = Database::systemUser;
    private volatile CommitHook commitHook;
    private volatile java.util.function.UnaryOperator<RuntimeException> writeFailures = java.util.function.UnaryOperator.identity();

    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Who makes the edits from now on, for the project's history (the session's coder; by default the system user). */
    public void setActor(Supplier<String> who) {
        this.actor = java.util.Objects.requireNonNull(who);
    }

    /** Sets what makes each write's new data version (see {@link CommitHook}); null for the plain bump. */
    public void setCommitHook(CommitHook hook) {
        this.commitHook = hook;
    }

    /**
     * How a failed write reaches the user: a server project says a refused privilege in words ({@link WriteRefusal});
     * by default the failure as it is.
     */
    void setWriteFailures(java.util.function.UnaryOperator<RuntimeException> translate) {
        this.writeFailures = java.util.Objects.requireNonNull(translate);
    }

    /** Tells the listeners of a change committed elsewhere (another session on the same server project). */
    public void announce(ChangeSet changes) {
        for (ChangeListener l : listeners) {
            l.committed(changes);
        }
    }

    public void addListener(ChangeListener listener) {
        listeners.add(listener);
    }

    public void removeListener(ChangeListener listener) {
        listeners.remove(listener);
    }

    /** Runs {@code work} in one transaction: all of it is committed, or none of it. */
    public <T> T write(Work<T> work) {
        ChangeSet changes;
        T result;
        writeLock.lock();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                Tx tx = new Tx(c);
                result = work.run(tx);
                String who = actorName();
                EditTrail.write(tx, who);
                CommitHook hook = commitHook;
                long version = hook == null ? tx.project().bumpDataVersion() : hook.version(tx, tx.changes(0), who);
                changes = tx.changes(version);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw writeFailures.apply(new StoreException(StoreFailure.kindOf(e, dev.passage.errors.ErrorKind.INTERNAL),
                                                         Text.of("store.projectDatabaseCouldSave", e.getMessage()), e));
        } catch (RuntimeException e) {
            throw writeFailures.apply(StoreFailure.unraw(e, "saving a change"));
        } finally {
            writeLock.unlock();
        }
        announce(changes);
        return result;
    }

    private String actorName() {
        String who = actor.get();
        return who == null || who.isBlank() ? systemUser() : who.strip();
    }

    private static String systemUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "coder" : user;
    }

    /** Rolls back after {@code cause}; a failing rollback is attached to the cause, which stays the reported error. */
    private static void rollback(Connection c, Exception cause) {
        try {
            c.rollback();
        } catch (SQLException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    public <T> T read(Query<T> query) {
        try (Connection c = dataSource.getConnection()) {
            c.setReadOnly(true);
            try {
                return query.run(new StoreAccess(c));
            } finally {
                c.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw new StoreException(StoreFailure.kindOf(e, dev.passage.errors.ErrorKind.INTERNAL),
                                     Text.of("store.projectDatabaseCouldRead", e.getMessage()), e);
        } catch (RuntimeException e) {
            throw StoreFailure.unraw(e, "reading");
        }
    }

    public long dataVersion() {
        return read(a -> a.project().dataVersion());
    }
}
