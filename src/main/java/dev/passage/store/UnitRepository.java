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
                Jdbc.update(access.tx().connection(), "UPDATE unit SET description = ? WHERE id = ?", description, existing.get());
            }
            return existing.get();
        }
        return Jdbc.insert(access.tx().connection(), "INSERT INTO unit (name, description) VALUES (?, ?)", name, description);
    }

    public Optional<Long> findId(String name) {
        return Jdbc.one(access.connection(), "SELECT id FROM unit WHERE name = ?", rs -> rs.getLong(1), name);
    }

    public List<Unit> list() {
        return Jdbc.list(access.connection(), "SELECT id, name, description FROM unit ORDER BY name",
                         rs -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    public Optional<Unit> get(long id) {
        return Jdbc.one(access.connection(), "SELECT id, name, description FROM unit WHERE id = ?",
                        rs -> new Unit(rs.getLong(1), rs.getString(2), rs.getString(3)), id);
    }

    /** Every unit's id by its name. */
    public java.util.Map<String, Long> idsByName() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Unit u : list()) {
            out.put(u.name(), u.id());
        }
        return out;
    }

    /** Puts a deleted unit back with its original id (undo). */
    public void restore(Unit unit) {
        Jdbc.update(access.tx().connection(), "INSERT INTO unit (id, name, description) VALUES (?, ?, ?)", unit.id(), unit.name(), unit.description());
    }

    public void rename(long unitId, String name) {
        Tx tx = access.tx();
        Jdbc.update(tx.connection(), "UPDATE unit SET name = ? WHERE id = ?", name, unitId);
        for (long doc : Jdbc.list(tx.connection(), "SELECT id FROM document WHERE unit_id = ?", rs -> rs.getLong(1), unitId)) {
            tx.touchDocument(doc);
        }
    }

    /** Deletes the unit and its variable values; its documents and respondents stay, without a unit. */
    public void delete(long unitId) {
        Tx tx = access.tx();
        List<Long> docs = Jdbc.list(tx.connection(), "SELECT id FROM document WHERE unit_id = ?", rs -> rs.getLong(1), unitId);
        Jdbc.update(tx.connection(), """
            DELETE FROM variable_value WHERE owner_id = ? AND variable_id IN (SELECT id FROM variable WHERE scope = 'UNIT')
            """, unitId);
        Jdbc.update(tx.connection(), "DELETE FROM unit WHERE id = ?", unitId);
        docs.forEach(tx::touchDocument);
        tx.touchVariables();
    }
}
