package dev.passage.store;

import dev.passage.model.Unit;

import java.util.List;
import java.util.Optional;

/** Organisational units (cases). Variables and scores come with the mixed-methods work. */
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
}
