package dev.passage.store;

import dev.passage.model.Code;
import dev.passage.model.CodeDescription;

import java.util.List;
import java.util.Optional;

/** The codebook's rows. Hierarchy logic (paths, descendants, cycles) lives in the coding package's Codebook. */
public final class CodeRepository {
    private static final String SELECT = "SELECT id, parent_id, name, colour, definition, when_to_use, when_not_to_use, example, sort_order, row_version FROM code";

    private final StoreAccess access;

    CodeRepository(StoreAccess access) {
        this.access = access;
    }

    public List<Code> list() {
        return Jdbc.list(access.connection(), SELECT + " ORDER BY sort_order, id", CodeRepository::map);
    }

    public Optional<Code> find(long id) {
        return Jdbc.one(access.connection(), SELECT + " WHERE id = ?", CodeRepository::map, id);
    }

    /** Inserts a new code and returns its id. */
    public long insert(Long parentId, String name, String colour, CodeDescription d, int sortOrder) {
        Tx tx = access.tx();
        tx.touchCodebook();
        long id = Jdbc.insert(tx.connection(), """
            INSERT INTO code (parent_id, name, colour, definition, when_to_use, when_not_to_use, example, sort_order)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", parentId, name, colour, d.definition(), d.whenToUse(), d.whenNotToUse(), d.example(), sortOrder);
        RowVersions.inserted(tx, "code", id);
        return id;
    }

    /** Puts back a code as it was (undo of a delete or merge), at the version after the one it was deleted on. */
    public void restore(Code code) {
        Tx tx = access.tx();
        tx.touchCodebook();
        CodeDescription d = code.description();
        int version = RowVersions.restored(tx, "code", code.id(), code.version());
        Jdbc.update(tx.connection(), """
            INSERT INTO code (id, parent_id, name, colour, definition, when_to_use, when_not_to_use, example, sort_order, row_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", code.id(), code.parentId(), code.name(), code.colour(), d.definition(), d.whenToUse(),
                    d.whenNotToUse(), d.example(), code.sortOrder(), version);
    }

    /**
     * Writes name, colour, description, parent and order of an existing code on the version it was read at
     * ({@code code.version()}); returns the new version. Refused with a StaleEditException when someone changed or deleted it since.
     */
    public int update(Code code) {
        Tx tx = access.tx();
        tx.touchCodebook();
        CodeDescription d = code.description();
        return RowVersions.update(tx, "code", code.id(), code.version(), code.name(), """
            parent_id = ?, name = ?, colour = ?, definition = ?, when_to_use = ?, when_not_to_use = ?, example = ?, sort_order = ?""",
                                  code.parentId(), code.name(), code.colour(), d.definition(), d.whenToUse(), d.whenNotToUse(), d.example(),
                                  code.sortOrder());
    }

    /** Deletes one code row on the version it was read at; its codings and children must be gone or moved first. */
    public void delete(Code code) {
        Tx tx = access.tx();
        tx.touchCodebook();
        RowVersions.delete(tx, "code", code.id(), code.version(), code.name());
    }

    /** The stored REFI-QDA GUIDs of the codes that have one (V8), by code id. */
    public java.util.Map<Long, String> guids() {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        Jdbc.list(access.connection(), "SELECT id, guid FROM code WHERE guid IS NOT NULL",
                  rs -> out.put(rs.getLong(1), rs.getString(2)));
        return out;
    }

    /** Sets (or clears, with null) a code's stored REFI-QDA GUID; an over-long one (no real GUID) is not stored. */
    public void setGuid(long id, String guid) {
        if (guid != null && guid.length() > 64) {
            guid = null;
        }
        Tx tx = access.tx();
        tx.touchCodebook();
        Jdbc.update(tx.connection(), "UPDATE code SET guid = ? WHERE id = ?", guid, id);
    }

    public int nextSortOrder(Long parentId) {
        String sql = parentId == null ? "SELECT COALESCE(MAX(sort_order), -1) + 1 FROM code WHERE parent_id IS NULL"
                                      : "SELECT COALESCE(MAX(sort_order), -1) + 1 FROM code WHERE parent_id = ?";
        Object[] params = parentId == null ? new Object[0] : new Object[] {parentId};
        return Jdbc.one(access.connection(), sql, rs -> rs.getInt(1), params).orElse(0);
    }

    private static Code map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Code(rs.getLong("id"), Jdbc.nullableLong(rs, "parent_id"), rs.getString("name"), rs.getString("colour"),
                        new CodeDescription(rs.getString("definition"), rs.getString("when_to_use"), rs.getString("when_not_to_use"),
                                            rs.getString("example")), rs.getInt("sort_order"),
                        rs.getInt("row_version"));
    }
}
