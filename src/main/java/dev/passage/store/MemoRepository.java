package dev.passage.store;

import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Memos on the project, a document, a code or a coding. */
public final class MemoRepository {
    private static final String SELECT = "SELECT id, target_type, target_id, title, body, author, created, updated, row_version FROM memo";

    private final StoreAccess access;

    MemoRepository(StoreAccess access) {
        this.access = access;
    }

    public long insert(MemoTarget target, Long targetId, String title, String text, String author, java.time.Instant now) {
        long id = Jdbc.insert(access.tx().connection(),
                              "INSERT INTO memo (target_type, target_id, title, body, author, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                              target, targetId, title, text, author, now, now);
        RowVersions.inserted(access.tx(), "memo", id);
        return id;
    }

    /** Puts a memo back as it was (undo of a delete), at the version after the one it was deleted on. */
    public void restore(Memo m) {
        int version = RowVersions.restored(access.tx(), "memo", m.id(), m.version());
        Jdbc.update(access.tx().connection(),
                    "INSERT INTO memo (id, target_type, target_id, title, body, author, created, updated, row_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    m.id(), m.target(), m.targetId(), m.title(), m.text(), m.author(), m.created(), m.updated(), version);
    }

    /** Writes title, text and time on the version the memo was read at; refused (StaleEditException) when someone changed it since. */
    public int update(Memo m) {
        return RowVersions.update(access.tx(), "memo", m.id(), m.version(), name(m), "title = ?, body = ?, updated = ?",
                                  m.title(), m.text(), m.updated());
    }

    /** Deletes the memo on the version it was read at. */
    public void delete(Memo m) {
        RowVersions.delete(access.tx(), "memo", m.id(), m.version(), name(m));
    }

    /** What a refusal calls the memo: its title, else the start of its text. */
    private static String name(Memo m) {
        if (m.title() != null && !m.title().isBlank()) {
            return m.title();
        }
        String t = m.text() == null ? "" : m.text().strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }

    public Optional<Memo> find(long id) {
        return Jdbc.one(access.connection(), SELECT + " WHERE id = ?", MemoRepository::map, id);
    }

    public List<Memo> forTarget(MemoTarget target, Long targetId) {
        if (targetId == null) {
            return Jdbc.list(access.connection(), SELECT + " WHERE target_type = ? AND target_id IS NULL ORDER BY created, id",
                             MemoRepository::map, target);
        }
        return Jdbc.list(access.connection(), SELECT + " WHERE target_type = ? AND target_id = ? ORDER BY created, id",
                         MemoRepository::map, target, targetId);
    }

    public List<Memo> all() {
        return Jdbc.list(access.connection(), SELECT + " ORDER BY target_type, target_id, created, id", MemoRepository::map);
    }

    private static Memo map(ResultSet rs) throws SQLException {
        return new Memo(rs.getLong("id"), MemoTarget.valueOf(rs.getString("target_type")), Jdbc.nullableLong(rs, "target_id"),
                        rs.getString("title"), rs.getString("body"), rs.getString("author"), Jdbc.instant(rs, "created"),
                        Jdbc.instant(rs, "updated"), rs.getInt("row_version"));
    }
}
