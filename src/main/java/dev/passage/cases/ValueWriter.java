package dev.passage.cases;

import dev.passage.model.VariableScope;
import dev.passage.model.VariableValue;
import dev.passage.store.Tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the variable columns of accepted rows: creates missing variables, sets every filled cell and clears the stored value
 * where the file's cell is empty (the file is the truth for the owners and columns it holds; a blank is a missing value, never 0).
 */
final class ValueWriter {
    /** How many values were set and how many stored values became missing. */
    record Counts(int set, int cleared) {
    }

    private ValueWriter() {
    }

    static Counts write(Tx tx, VariableScope scope, TypedTable typed, Map<TypedTable.Accepted, Long> owners, Set<Long> existingOwners) {
        List<VariableValue> values = new ArrayList<>();
        int cleared = 0;
        for (ImportColumn c : typed.variables()) {
            long variableId = tx.variables().ensure(scope, c.name(), c.type());
            List<Long> clear = new ArrayList<>();
            for (Map.Entry<TypedTable.Accepted, Long> e : owners.entrySet()) {
                CellValues.Parsed v = e.getKey().values().get(c);
                if (v != null) {
                    values.add(v.of(variableId, e.getValue()));
                } else if (existingOwners.contains(e.getValue())) {
                    clear.add(e.getValue());
                }
            }
            if (!clear.isEmpty()) {
                Set<Long> had = tx.variables().values(variableId).keySet();
                List<Long> reallyCleared = clear.stream().filter(had::contains).toList();
                tx.variables().clearAll(variableId, reallyCleared);
                cleared += reallyCleared.size();
            }
        }
        tx.variables().setAll(values);
        return new Counts(values.size(), cleared);
    }
}
