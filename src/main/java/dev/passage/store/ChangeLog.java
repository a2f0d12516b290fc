package dev.passage.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code change_log} table of a server project: what each committed write changed, keyed by the data version it made,
 * so that other sessions (their views and their local search index) catch up with exactly the documents and ranges that
 * changed. Versions are dense: every write bumps {@code project.data_version} under that row's lock, so they are
 * assigned, and become visible, in commit order.
 */
public final class ChangeLog {
    /** The channel a server project's writes NOTIFY, with the new data version as payload. */
    public static final String CHANNEL = "passage_changes";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One logged change: its ChangeSet, which session made it, and who. */
    public record Entry(ChangeSet changes, String origin, String actor, Instant at) {
    }

    private ChangeLog() {
    }

    /**
     * Bumps the project's data version, writes {@code changes} to the log under it and notifies the listening sessions
     * (delivered at commit), in one statement: one round trip while the project row is locked instead of four (the load
     * test in BENCHMARKS.md measured what the lock costs). Returns the new version.
     */
    static long bumpAndAppend(Tx tx, ChangeSet changes, String origin, String actor) {
        return Jdbc.one(tx.connection(),
            "WITH v AS (UPDATE project SET data_version = data_version + 1 WHERE id = 1 RETURNING data_version), "
            + "l AS (INSERT INTO change_log (version, origin, actor, at, changes) "
            + "SELECT data_version, ?, ?, ?, ? FROM v RETURNING version) "
            + "SELECT version, pg_notify(?, CAST(version AS VARCHAR)) FROM l",
            rs -> rs.getLong(1), origin, actor, Timestamp.from(Instant.now()), encode(changes), CHANNEL)
                   .orElseThrow(() -> new StoreException(dev.passage.errors.Text.of("store.projectDatabaseProjectRow")));
    }

    /**
     * The logged changes after {@code version}, oldest first, at most {@code limit}; empty when there are none. A gap (a
     * version missing from the log, as after a push from a folder project) shows as a first entry later than
     * {@code version + 1}: the caller then rebuilds instead of catching up.
     */
    public static List<Entry> after(Database database, long version, int limit) {
        return database.read(a -> Jdbc.list(a.connection(),
            "SELECT version, origin, actor, at, changes FROM change_log WHERE version > ? ORDER BY version LIMIT " + limit,
            rs -> new Entry(decode(rs.getString("changes"), rs.getLong("version")), rs.getString("origin"),
                            rs.getString("actor"), Jdbc.instant(rs, "at")),
            version));
    }

    static String encode(ChangeSet c) {
        ObjectNode o = JSON.createObjectNode();
        ArrayNode docs = o.putArray("documents");
        c.documentIds().stream().sorted().forEach(docs::add);
        ArrayNode ranges = o.putArray("ranges");
        for (ChangedRange r : c.codingRanges()) {
            ranges.addArray().add(r.documentId()).add(r.start()).add(r.end());
        }
        o.put("codebook", c.codebookChanged());
        o.put("variables", c.variablesChanged());
        o.put("arranged", c.documentsArranged());
        return o.toString();
    }

    static ChangeSet decode(String json, long version) {
        try {
            JsonNode o = JSON.readTree(json);
            Set<Long> docs = new LinkedHashSet<>();
            o.path("documents").forEach(n -> docs.add(n.asLong()));
            List<ChangedRange> ranges = new ArrayList<>();
            o.path("ranges").forEach(n -> ranges.add(new ChangedRange(n.get(0).asLong(), n.get(1).asInt(), n.get(2).asInt())));
            return new ChangeSet(Set.copyOf(docs), List.copyOf(ranges), o.path("codebook").asBoolean(),
                                 o.path("variables").asBoolean(), o.path("arranged").asBoolean(), version);
        } catch (IOException e) {
            throw new IllegalStateException("change_log row " + version + " is not readable: " + e.getMessage(), e);
        }
    }
}
