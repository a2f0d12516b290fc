package dev.passage.cases;

import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.store.Database;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Imports unit scores: one row per unit, named in the id column; every other column becomes a typed UNIT variable.
 * Units are matched by name (new ones are created), so importing again updates values and never duplicates units.
 * Rows that cannot be read are left out and reported; the rest is written in one transaction.
 */
public final class UnitImport {
    private final Database database;

    public UnitImport(Database database) {
        this.database = database;
    }

    /** The import's options: the id column (unit names) and the user's types for some columns (the rest are inferred). */
    public record Options(String idColumn, Map<String, VariableType> types) {
        public Options {
            types = Map.copyOf(types);
        }
    }

    /** What {@link #apply} would do, without writing anything. */
    public ImportPreview preview(Table table, Options options) {
        return database.read(a -> typed(table, options, a.variables().list(VariableScope.UNIT)).preview());
    }

    /** Imports the readable rows in one transaction and reports the others. */
    public UnitImportReport apply(Table table, Options options) {
        return database.write(tx -> {
            TypedTable typed = typed(table, options, tx.variables().list(VariableScope.UNIT));
            NameIndex units = new NameIndex(tx.units().idsByName());
            Map<TypedTable.Accepted, Long> owners = new LinkedHashMap<>();
            Set<Long> existing = new HashSet<>();
            int created = 0;
            for (TypedTable.Accepted row : typed.accepted) {
                Long id = units.find(row.id());
                if (id == null) {
                    id = tx.units().ensure(row.id(), null);
                    units.add(row.id(), id);
                    created++;
                } else {
                    existing.add(id);
                }
                owners.put(row, id);
            }
            ValueWriter.Counts counts = ValueWriter.write(tx, VariableScope.UNIT, typed, owners, existing);
            tx.record(dev.passage.model.EditRecord.of("unit.import", "units", null, table.source())
                                                  .withCount(typed.accepted.size())
                                                  .withAfter(dev.passage.model.EditRecord.values(
                                                          "rows", typed.accepted.size(), "units_created", created, "units_updated", existing.size(),
                                                          "values_set", counts.set(), "values_cleared", counts.cleared(),
                                                          "rows_refused", typed.problems.size())));
            return new UnitImportReport(table.source(), table.rows().size(), typed.accepted.size(), created, existing.size(),
                                        counts.set(), counts.cleared(), typed.problems, table.warnings());
        });
    }

    private static TypedTable typed(Table table, Options options, java.util.List<dev.passage.model.Variable> existing) {
        return new TypedTable(table, Map.of(options.idColumn(), ImportColumn.Role.ID), options.types(), VariableScope.UNIT, existing);
    }
}
