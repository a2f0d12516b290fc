package dev.passage.session;

import dev.passage.search.SearchService;
import dev.passage.store.ChangeLog;
import dev.passage.store.ChangeSet;
import dev.passage.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * Brings a team project's local search index up to date at open: from the server's change log when it holds every
 * version after the one the index committed (a colleague's codings cost a few updates, not a rebuild), else (the index is
 * missing or new, the log has a gap, or it is too far behind to be worth replaying) by a rebuild.
 */
final class IndexCatchUp {
    private static final Logger LOG = LoggerFactory.getLogger(IndexCatchUp.class);
    /** Beyond this many changes behind, a rebuild is as cheap as replaying them (and the log is read at once). */
    static final int MAX_CHANGES = 20_000;

    private IndexCatchUp() {
    }

    /** Brings {@code search} up to {@code database}'s version; true when that took a rebuild. */
    static boolean bringUpToDate(SearchService search, Database database) throws IOException {
        long indexed = search.committedVersion();
        long now = database.dataVersion();
        if (indexed < 0 || indexed >= now || now - indexed > MAX_CHANGES) {
            return search.ensureFresh(n -> { });
        }
        List<ChangeLog.Entry> entries = ChangeLog.after(database, indexed, (int) (now - indexed));
        if (!dense(entries, indexed, now)) {
            LOG.info("the change log does not hold every version from {} to {}: rebuilding the search index", indexed + 1, now);
            search.rebuild(n -> { });
            return true;
        }
        List<ChangeSet> changes = entries.stream().map(ChangeLog.Entry::changes).toList();
        search.catchUp(changes);
        LOG.info("the search index caught up {} change(s) from the change log (version {} to {})", changes.size(), indexed, now);
        return false;
    }

    /** True when {@code entries} are exactly the versions {@code after + 1} to {@code upTo}, in order. */
    static boolean dense(List<ChangeLog.Entry> entries, long after, long upTo) {
        if (entries.size() != upTo - after) {
            return false;
        }
        long expected = after + 1;
        for (ChangeLog.Entry e : entries) {
            if (e.changes().dataVersion() != expected++) {
                return false;
            }
        }
        return true;
    }
}
