package dev.passage.team;

import dev.passage.errors.Notices;
import dev.passage.errors.Text;
import dev.passage.store.ChangeLog;
import dev.passage.store.ChangeSet;
import dev.passage.store.Database;
import dev.passage.store.ServerChannel;
import dev.passage.store.ServerStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A team session's live view of the other sessions' edits: a daemon thread that LISTENs for the project's changes on a
 * connection of its own ({@link ServerChannel}), reads what the change log holds after the last version it has seen, and
 * announces each entry another session wrote to this session's listeners (the search index, the workbench) through
 * {@link Database#announce}. It also reads the log every few seconds in case a notification was missed, keeps the
 * session's {@link ServerPresence} up to date (and its own name on the server in step with the session's coder), and when
 * the server goes away it reconnects with back-off, telling the user once when the line is lost and once when it is back.
 * Closing stops it; nothing is announced after that.
 */
public final class ChangeFeed implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeFeed.class);
    /** How long one wait for a notification lasts: also how long closing may take. */
    static final Duration WAIT = Duration.ofMillis(250);
    /** How often the log is read even when nothing was announced, and who is working is asked again. */
    static final Duration POLL = Duration.ofSeconds(3);
    private static final long MIN_BACKOFF_MS = 250;
    private static final long MAX_BACKOFF_MS = 15_000;
    /** How long closing waits for the feed thread before interrupting it. */
    static final Duration STUCK = Duration.ofSeconds(30);
    /** Log entries read at once. */
    private static final int BATCH = 500;

    private final ServerStore store;
    private final Database database;
    private final String origin;
    private final Supplier<String> coder;
    private final Notices notices;
    private final ServerPresence presence;
    private final Thread thread;
    private volatile boolean closed;
    private volatile long lastSeen;
    private volatile boolean connected;

    private ChangeFeed(ServerStore store, long fromVersion, Supplier<String> coder, Notices notices, ServerPresence presence) {
        this.store = store;
        this.database = store.database();
        this.origin = store.origin();
        this.coder = coder;
        this.notices = notices;
        this.presence = presence;
        this.lastSeen = fromVersion;
        this.thread = new Thread(this::run, "passage change feed " + store.server().display());
        thread.setDaemon(true);
    }

    /**
     * Starts following {@code store}'s change log after {@code fromVersion} (the version this session's views and index
     * reflect), on a connection named after {@code coder} (read again every few seconds: it follows File › Coder).
     */
    public static ChangeFeed start(ServerStore store, long fromVersion, Supplier<String> coder, Notices notices,
                                   ServerPresence presence) {
        ChangeFeed feed = new ChangeFeed(store, fromVersion, coder, notices, presence);
        feed.thread.start();
        return feed;
    }

    /** The newest version of the log this feed has seen (announced, or this session's own). */
    public long lastSeen() {
        return lastSeen;
    }

    /** True while the feed's line to the server is open. */
    public boolean connected() {
        return connected;
    }

    private void run() {
        ServerChannel channel = null;
        String name = null;
        boolean lost = false;
        long backoff = MIN_BACKOFF_MS;
        long nextPoll = 0;
        while (!closed) {
            try {
                if (channel == null) {
                    name = coder.get();
                    channel = ServerChannel.open(store, ServerPresence.applicationName(name));
                    connected = true;
                    backoff = MIN_BACKOFF_MS;
                    if (lost) {
                        lost = false;
                        LOG.info("the line to {} is back", store.server().display());
                        notices.add(Text.of("team.feedBack", store.server().display()).english());
                    }
                    nextPoll = 0;
                }
                boolean announced = channel.await(WAIT);
                if (closed) {
                    break;
                }
                String now = coder.get();
                if (!now.equals(name)) {
                    channel.rename(ServerPresence.applicationName(now));
                    name = now;
                    nextPoll = 0;
                }
                long clock = System.nanoTime();
                boolean due = clock - nextPoll >= 0;
                if (announced || due) {
                    catchUp();
                }
                if (due) {
                    presence.seen(channel.othersNamed(ServerPresence.PREFIX));
                    nextPoll = clock + POLL.toNanos();
                }
            } catch (RuntimeException e) {
                if (closed) {
                    break;
                }
                connected = false;
                if (channel != null) {
                    channel.close();
                    channel = null;
                }
                if (!lost) {
                    lost = true;
                    LOG.warn("lost the line to {}; trying again: {}", store.server().display(), e.getMessage());
                    LOG.debug("the line was lost by", e);
                    presence.unknown();
                    notices.add(Text.of("team.feedLost", store.server().display()).english());
                }
                sleep(backoff);
                backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
            }
        }
        connected = false;
        if (channel != null) {
            channel.close();
        }
    }

    /**
     * Announces every logged change after {@link #lastSeen} that another session made. The changes of one read of the log
     * are announced as one ({@link ChangeSet#union}): a follower re-reads each touched document or range once per batch,
     * not once per edit, so it keeps up with many coders writing at once (the load test: docs in BENCHMARKS.md).
     */
    private void catchUp() {
        while (!closed) {
            List<ChangeLog.Entry> entries = ChangeLog.after(database, lastSeen, BATCH);
            List<ChangeSet> others = new ArrayList<>();
            for (ChangeLog.Entry e : entries) {
                long version = e.changes().dataVersion();
                if (version != lastSeen + 1) {
                    // versions are dense; a hole (a log trimmed behind our back) leaves unknown changes: re-read everything
                    LOG.warn("the change log of {} skips from {} to {}; refreshing everything", store.server().display(),
                             lastSeen, version);
                    others.add(everything(version - 1));
                }
                if (!origin.equals(e.origin())) {
                    others.add(e.changes());
                }
                lastSeen = version;
            }
            if (closed) {
                return;
            }
            if (!others.isEmpty()) {
                tell(ChangeSet.union(others));
            }
            if (entries.size() < BATCH) {
                return;
            }
        }
    }

    /** Announces {@code changes}; a listener's failure is its own (logged), never taken for a lost line to the server. */
    private void tell(ChangeSet changes) {
        try {
            database.announce(changes);
        } catch (RuntimeException e) {
            LOG.warn("a listener failed on the change to version {} made elsewhere", changes.dataVersion(), e);
        }
    }

    /** A change that touches every document, the codebook, variables and the arrangement: the listeners re-read it all. */
    private ChangeSet everything(long version) {
        Set<Long> ids = Set.copyOf(database.read(a -> a.documents().ids()));
        return new ChangeSet(ids, List.of(), true, true, true, version);
    }

    private void sleep(long millis) {
        long until = System.nanoTime() + millis * 1_000_000;
        while (!closed && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(50, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /**
     * Stops the feed: nothing is announced once this returns. The thread is not interrupted: an interrupt inside Lucene
     * (the search index applying a change) closes the index's files under it and it had to be rebuilt (the load test found
     * it). It ends by itself within one {@link #WAIT} after the change it is applying; only a thread stuck longer than
     * {@link #STUCK} (a dead server's socket) is interrupted.
     */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(STUCK.toMillis());
            if (thread.isAlive()) {
                LOG.warn("the change feed of {} did not stop within {} s; interrupting it", store.server().display(),
                         STUCK.toSeconds());
                thread.interrupt();
                thread.join(WAIT.toMillis() * 8);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
