package dev.passage.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.model.HistoryEntry;
import dev.passage.model.HistoryFilter;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The project's edit history (audit trail): rows are only ever added, in the transaction of the edit they describe. */
public final class EditHistoryRepository {
    static final int MAX_CODER = 200;
    static final int MAX_ACTION = 80;
    static final int MAX_KIND = 40;
    static final int MAX_NAME = 500;
    static final int MAX_SUMMARY = 1000;
    /** A longer before/after value is cut (history keeps names, ranges and memos, not whole texts). */
    static final int MAX_JSON_STRING = 2000;

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
                                                               .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String SELECT = "SELECT id, edited_at, coder, action, object_kind, object_id, object_name, summary, item_count,"
                                         + " before_json, after_json FROM edit_history";

    private final StoreAccess access;

    EditHistoryRepository(StoreAccess access) {
        this.access = access;
    }

    /** Adds one row per record, all by {@code coder} at {@code when}. */
    public void insertAll(String coder, Instant when, List<EditRecord> records) {
        List<Object[]> rows = new ArrayList<>();
        for (EditRecord r : records) {
            rows.add(new Object[] {when, cut(coder, MAX_CODER), cut(r.action(), MAX_ACTION), cut(r.objectKind(), MAX_KIND), r.objectId(),
                                   cut(r.objectName(), MAX_NAME), cut(r.summary(), MAX_SUMMARY), r.count(), json(r.before()),
                                   json(r.after())});
        }
        Jdbc.batch(access.tx().connection(),
                   "INSERT INTO edit_history (edited_at, coder, action, object_kind, object_id, object_name, summary, item_count,"
                   + " before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Entries matching the filter, newest first. */
    public List<HistoryEntry> list(HistoryFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.coder() != null) {
            sql.append(" AND coder = ?");
            params.add(filter.coder());
        }
        if (filter.since() != null) {
            sql.append(" AND edited_at >= ?");
            params.add(filter.since());
        }
        if (filter.until() != null) {
            sql.append(" AND edited_at < ?");
            params.add(filter.until());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            String a = filter.action().strip();
            boolean prefix = a.endsWith(".");
            String op = prefix ? " LIKE ? ESCAPE '!'" : " = ?";
            sql.append(" AND (action").append(op).append(" OR action").append(op).append(" OR action").append(op).append(")");
            String value = prefix ? like(a) + "%" : a;
            params.add(value);
            params.add(EditRecord.UNDO + value);
            params.add(EditRecord.REDO + value);
        }
        sql.append(" ORDER BY id DESC");
        if (filter.limit() > 0) {
            sql.append(" FETCH FIRST ").append(filter.limit()).append(" ROWS ONLY");
        }
        return Jdbc.list(access.connection(), sql.toString(), EditHistoryRepository::map, params.toArray());
    }

    /** Every coder who has an entry, by name. */
    public List<String> coders() {
        return Jdbc.list(access.connection(), "SELECT DISTINCT coder FROM edit_history ORDER BY coder", rs -> rs.getString(1));
    }

    public long count() {
        return Jdbc.one(access.connection(), "SELECT COUNT(*) FROM edit_history", rs -> rs.getLong(1)).orElse(0L);
    }

    private static HistoryEntry map(ResultSet rs) throws SQLException {
        return new HistoryEntry(rs.getLong("id"), Jdbc.instant(rs, "edited_at"), rs.getString("coder"), rs.getString("action"),
                                rs.getString("object_kind"), Jdbc.nullableLong(rs, "object_id"), rs.getString("object_name"),
                                rs.getString("summary"), rs.getInt("item_count"), rs.getString("before_json"), rs.getString("after_json"));
    }

    private static String like(String s) {
        return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    static String json(Map<String, Object> values) {
        if (values == null) {
            return null;
        }
        Map<String, Object> cut = new java.util.LinkedHashMap<>();
        values.forEach((k, v) -> cut.put(k, v instanceof String s ? cut(s, MAX_JSON_STRING) : v));
        try {
            return JSON.writeValueAsString(cut);
        } catch (JsonProcessingException e) {
            throw new StoreException(Text.of("store.historyEntryCouldWritten", e.getOriginalMessage()), e);
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
