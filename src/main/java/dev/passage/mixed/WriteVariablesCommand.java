package dev.passage.mixed;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes NUMBER variables of one scope in one transaction, undoably: each variable's values become exactly the given ones
 * (owners not given become missing). Undo deletes the variables it created and puts back the old values of those it
 * overwrote; redo restores the created variables with their original ids.
 */
final class WriteVariablesCommand implements EditCommand {
    private final VariableScope scope;
    private final Map<String, Map<Long, Double>> planned;
    private final Text label;
    private final List<Variable> created = new ArrayList<>();
    private final Map<Long, Map<Long, VariableValue>> previous = new LinkedHashMap<>();
    private final Map<String, Long> ids = new LinkedHashMap<>();
    private boolean prepared;

    WriteVariablesCommand(VariableScope scope, Map<String, Map<Long, Double>> planned, Text label) {
        this.scope = scope;
        this.planned = planned;
        this.label = label;
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        if (!prepared) {
            prepare(tx);
            prepared = true;
        } else {
            created.forEach(v -> tx.variables().restore(v));
        }
        planned.forEach((name, values) -> {
            long id = ids.get(name);
            previous.getOrDefault(id, Map.of()).keySet().forEach(owner -> tx.variables().clear(id, owner));
            List<VariableValue> rows = new ArrayList<>();
            values.forEach((owner, number) -> rows.add(VariableValue.ofNumber(id, owner, number)));
            tx.variables().setAll(rows);
        });
    }

    private void prepare(Tx tx) {
        for (String name : planned.keySet()) {
            var existing = tx.variables().find(scope, name);
            if (existing.isPresent()) {
                Variable v = existing.get();
                if (v.type() != VariableType.NUMBER) {
                    throw new MixedMethodsException(Text.of("mixed.variableExistsRenameDelete", scope.name().toLowerCase(), name, v.type()));
                }
                ids.put(name, v.id());
                previous.put(v.id(), tx.variables().values(v.id()));
            } else {
                long id = tx.variables().ensure(scope, name, VariableType.NUMBER);
                ids.put(name, id);
                created.add(tx.variables().get(id).orElseThrow());
            }
        }
    }

    @Override
    public void undo(Tx tx) {
        for (Variable v : created) {
            tx.variables().delete(v);
        }
        previous.forEach((id, values) -> {
            String name = ids.entrySet().stream().filter(e -> e.getValue().equals(id)).findFirst().orElseThrow().getKey();
            planned.get(name).keySet().forEach(owner -> tx.variables().clear(id, owner));
            tx.variables().setAll(values.values());
        });
    }

    List<String> names() {
        return List.copyOf(planned.keySet());
    }

    int createdCount() {
        return created.size();
    }

    @Override
    public EditRecord audit(Tx tx) {
        int values = planned.values().stream().mapToInt(Map::size).sum();
        String names = planned.size() == 1 ? planned.keySet().iterator().next() : planned.size() + " variables";
        return EditRecord.of("variable.quantitize", "variable", planned.size() == 1 ? ids.values().iterator().next() : null, names)
                         .withCount(values)
                         .withBefore(EditRecord.values("variables_overwritten", previous.size(), "values",
                                                       previous.values().stream().mapToInt(Map::size).sum()))
                         .withAfter(EditRecord.values("scope", scope.name().toLowerCase(java.util.Locale.ROOT), "variables", planned.size(),
                                                      "new_variables", created.size(), "values", values,
                                                      "names", String.join(", ", planned.keySet())));
    }
}
