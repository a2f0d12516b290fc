package dev.passage.team;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a push or pull moved: from where to where, and the rows copied per table (lower-case table names, in the order
 * they were copied: parents first).
 */
public record Transfer(String from, String to, Map<String, Long> rows) {
    public Transfer {
        rows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** The rows of one table (0 when it had none). */
    public long count(String table) {
        return rows.getOrDefault(table, 0L);
    }

    public long total() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
