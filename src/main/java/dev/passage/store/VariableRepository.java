package dev.passage.store;

import dev.passage.errors.Text;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;

import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed variables of units, documents and respondents, and their values. A missing value is an absent row, never a
 * zero or an empty string, so that statistics can tell "no score" from "score 0".
 */
public final class VariableRepository {
    private final StoreAccess access;

    VariableRepository(StoreAccess access) {
        this.access = access;
    }

    /** The variable's id, creating it with {@code type} when it does not exist; an existing variable keeps its type. */
    public long ensure(VariableScope scope, String name, VariableType type) {
        Optional<Variable> existing = find(scope, name);
        if (existing.isPresent()) {
            return existing.get().id();
        }
        long id = Jdbc.insert(access.tx().connection(), "INSERT INTO variable (scope, name, value_type) VALUES (?, ?, ?)",
                              scope.name(), name, type.name());
        RowVersions.inserted(access.tx(), "variable", id);
        access.tx().touchVariables();
        return id;
    }

    /** Puts back a variable with its original id (undo of a delete, redo of a create), at the version after the one it was deleted on. */
    public void restore(Variable variable) {
        int version = RowVersions.restored(access.tx(), "variable", variable.id(), variable.version());
        Jdbc.update(access.tx().connection(), "INSERT INTO variable (id, scope, name, value_type, row_version) VALUES (?, ?, ?, ?, ?)",
                    variable.id(), variable.scope().name(), variable.name(), variable.type().name(), version);
        access.tx().touchVariables();
    }

    public Optional<Variable> find(VariableScope scope, String name) {
        return Jdbc.one(access.connection(), "SELECT id, scope, name, value_type, row_version FROM variable WHERE scope = ? AND name = ?",
                        VariableRepository::variable, scope.name(), name);
    }

    public Optional<Variable> get(long id) {
        return Jdbc.one(access.connection(), "SELECT id, scope, name, value_type, row_version FROM variable WHERE id = ?", VariableRepository::variable, id);
    }

    /** All variables, by scope then name. */
    public List<Variable> list() {
        return Jdbc.list(access.connection(), "SELECT id, scope, name, value_type, row_version FROM variable ORDER BY scope, name", VariableRepository::variable);
    }

    public List<Variable> list(VariableScope scope) {
        return Jdbc.list(access.connection(), "SELECT id, scope, name, value_type, row_version FROM variable WHERE scope = ? ORDER BY name",
                         VariableRepository::variable, scope.name());
    }

    /** Renames the variable on the version it was read at; refused (StaleEditException) when someone changed it since. */
    public int rename(Variable variable, String name) {
        int version = RowVersions.update(access.tx(), "variable", variable.id(), variable.version(), variable.name(), "name = ?", name);
        access.tx().touchVariables();
        return version;
    }

    /** Deletes the variable (as it is now) with all its values. */
    public void delete(long variableId) {
        get(variableId).ifPresent(this::delete);
    }

    /** Deletes the variable with all its values, on the version it was read at. */
    public void delete(Variable variable) {
        RowVersions.delete(access.tx(), "variable", variable.id(), variable.version(), variable.name());
        access.tx().touchVariables();
    }

    /** Sets (inserts or replaces) one value. */
    public void set(VariableValue value) {
        setAll(List.of(value));
    }

    /** Sets many values in batches (one statement per value would make a 10,000-row import slow). */
    public void setAll(Collection<VariableValue> values) {
        if (values.isEmpty()) {
            return;
        }
        var c = access.tx().connection();
        String sql = "MERGE INTO variable_value (variable_id, owner_id, number_value, text_value) KEY (variable_id, owner_id) VALUES (?, ?, ?, ?)";
        if (isPostgres(c)) {
            sql = """
                INSERT INTO variable_value (variable_id, owner_id, number_value, text_value) VALUES (?, ?, ?, ?)
                ON CONFLICT (variable_id, owner_id) DO UPDATE SET number_value = EXCLUDED.number_value, text_value = EXCLUDED.text_value
                """;
        }
        Iterable<Object[]> rows = () -> values.stream().map(v -> new Object[] {v.variableId(), v.ownerId(), v.number(), v.text()}).iterator();
        Jdbc.batch(c, sql, rows);
        access.tx().touchVariables();
    }

    /** Removes one value (the owner's value becomes missing). */
    public void clear(long variableId, long ownerId) {
        Jdbc.update(access.tx().connection(), "DELETE FROM variable_value WHERE variable_id = ? AND owner_id = ?", variableId, ownerId);
        access.tx().touchVariables();
    }

    /** Removes the values of {@code variableId} for these owners (they become missing), in batches. */
    public void clearAll(long variableId, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return;
        }
        Jdbc.batch(access.tx().connection(), "DELETE FROM variable_value WHERE variable_id = ? AND owner_id = ?",
                   ownerIds.stream().map(owner -> new Object[] {variableId, owner}).toList());
        access.tx().touchVariables();
    }

    /** Every value of one variable by owner id; owners without a value are absent. */
    public Map<Long, VariableValue> values(long variableId) {
        Map<Long, VariableValue> out = new LinkedHashMap<>();
        for (VariableValue v : Jdbc.list(access.connection(),
                "SELECT variable_id, owner_id, number_value, text_value FROM variable_value WHERE variable_id = ? ORDER BY owner_id",
                VariableRepository::value, variableId)) {
            out.put(v.ownerId(), v);
        }
        return out;
    }

    /** One owner's values of every variable in {@code scope}, by variable id. */
    public Map<Long, VariableValue> valuesOf(VariableScope scope, long ownerId) {
        Map<Long, VariableValue> out = new LinkedHashMap<>();
        for (VariableValue v : Jdbc.list(access.connection(), """
                SELECT vv.variable_id, vv.owner_id, vv.number_value, vv.text_value
                FROM variable_value vv JOIN variable v ON v.id = vv.variable_id
                WHERE v.scope = ? AND vv.owner_id = ? ORDER BY v.name
                """, VariableRepository::value, scope.name(), ownerId)) {
            out.put(v.variableId(), v);
        }
        return out;
    }

    private static boolean isPostgres(java.sql.Connection c) {
        try {
            return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new StoreException(Text.of("store.readDatabaseProductName", e.getMessage()), e);
        }
    }

    private static Variable variable(java.sql.ResultSet rs) throws SQLException {
        return new Variable(rs.getLong(1), VariableScope.valueOf(rs.getString(2)), rs.getString(3), VariableType.valueOf(rs.getString(4)),
                            rs.getInt(5));
    }

    private static VariableValue value(java.sql.ResultSet rs) throws SQLException {
        double n = rs.getDouble(3);
        Double number = rs.wasNull() ? null : n;
        return new VariableValue(rs.getLong(1), rs.getLong(2), number, rs.getString(4));
    }
}
