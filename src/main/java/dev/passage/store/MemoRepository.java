package dev.passage.store;

import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Memos on the project, a document, a code or a coding. */
public final class MemoRepository {
    private static final String SELECT = "SELECT id, target_type, target_id, title, body, author, created, updated FROM memo";

    private final StoreAccess access;

    MemoRepository(StoreAccess access) {
        this.access = access;
    }

    public long insert(MemoTarget target, Long targetId, String title, String text, String author, java.time.Instant now) {
        return Jdbc.insert(access.tx().connection(),
                           "INSERT INTO memo (target_type, target_id, title, body, author, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           target, targetId, title, text, author, now, now);
    }

    public void restore(Memo m) {
        Jdbc.update(access.tx().connection(),
                    "INSERT INTO memo (id, target_type, target_id, title, body, author, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    m.id(), m.target(), m.targetId(), m.title(), m.text(), m.author(), m.created(), m.updated());
    }

    public void update(Memo m) {
        Jdbc.update(access.tx().connection(), "UPDATE memo SET title = ?, body = ?, updated = ? WHERE id = ?",
                    m.title(), m.text(), m.updated(), m.id());
    }

    public void delete(long id) {
        Jdbc.update(access.tx().connection(), "DELETE FROM memo WHERE id = ?", id);
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
                        Jdbc.instant(rs, "updated"));
    }
}
