package dev.passage.store;

import dev.passage.model.Unit;

import java.util.List;
import java.util.Optional;

/** Organisational units (cases). Their scores are UNIT-scope variables (VariableRepository). */
public final class UnitRepository {
    private final StoreAccess access;

    UnitRepository(StoreAccess access) {
        this.access = access;
    }

    /** The unit's id, creating the unit when it does not exist yet. */
    public long ensure(String name, String description) {
        Optional<Long> existing = findId(name);
        if (existing.isPresent()) {
            if (description != null) {
                Jdbc.update(access.tx().connection(), "UPDATE unit SET description = ?, row_version = row_version + 1 WHERE id = ?", description, existing.get());
                // an import's write, stated on no version; this session's own later undo knows the version it left
                Jdbc.one(access.tx().connection(), "SELECT row_version FROM unit WHERE id = ?", rs -> rs.getInt(1), existing.get())
                    .ifPresent(v -> RowVersions.noted(access.tx(), "unit", existing.get(), v));
            }
            return existing.get();
        }
        long id = Jdbc.insert(access.tx().connection(), "INSERT INTO unit (name, description) VALUES (?, ?)", name, description);
        RowVersions.inserted(access.tx(), "unit", id);
        return id;
    }

    public Optional<Long> findId(String name) {
        return Jdbc.one(access.connection(), "SELECT id FROM unit WHERE name = ?", rs -> rs.getLong(1), name);
    }

    public List<Unit> list() {
        return Jdbc.list(access.connection(), "SELECT id, name, description, row_version FROM unit ORDER BY name", UnitRepository::map);
    }

    public Optional<Unit> get(long id) {
        return Jdbc.one(access.connection(), "SELECT id, name, description, row_version FROM unit WHERE id = ?", UnitRepository::map, id);
    }

    /** Every unit's id by its name. */
    public java.util.Map<String, Long> idsByName() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Unit u : list()) {
            out.put(u.name(), u.id());
        }
        return out;
    }

    /** Puts back a deleted unit with its original id (undo), at the version after the one it was deleted on. */
    public void restore(Unit unit) {
        int version = RowVersions.restored(access.tx(), "unit", unit.id(), unit.version());
        Jdbc.update(access.tx().connection(), "INSERT INTO unit (id, name, description, row_version) VALUES (?, ?, ?, ?)", unit.id(),
                    unit.name(), unit.description(), version);
    }

    /** Renames the unit on the version it was read at; refused (StaleEditException) when someone changed it since. */
    public int rename(Unit unit, String name) {
        Tx tx = access.tx();
        int version = RowVersions.update(tx, "unit", unit.id(), unit.version(), unit.name(), "name = ?", name);
        for (long doc : Jdbc.list(tx.connection(), "SELECT id FROM document WHERE unit_id = ?", rs -> rs.getLong(1), unit.id())) {
            tx.touchDocument(doc);
        }
        return version;
    }

    /** Deletes the unit (as it is now) and its variable values; its documents and respondents stay, without a unit. */
    public void delete(long unitId) {
        get(unitId).ifPresent(this::delete);
    }

    /** Deletes the unit on the version it was read at, with its variable values; its documents and respondents stay, without a unit. */
    public void delete(Unit unit) {
        Tx tx = access.tx();
        long unitId = unit.id();
        List<Long> docs = Jdbc.list(tx.connection(), "SELECT id FROM document WHERE unit_id = ?", rs -> rs.getLong(1), unitId);
        Jdbc.update(tx.connection(), """
            DELETE FROM variable_value WHERE owner_id = ? AND variable_id IN (SELECT id FROM variable WHERE scope = 'UNIT')
            """, unitId);
        RowVersions.delete(tx, "unit", unitId, unit.version(), unit.name());
        docs.forEach(tx::touchDocument);
        tx.touchVariables();
    }

    private static Unit map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4));
    }
}
