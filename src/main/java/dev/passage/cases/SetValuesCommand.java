package dev.passage.cases;

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
 * Sets (or, with a null value, clears) one variable's value for some owners, creating the variable when it is new.
 * Undo restores the values before, and removes the variable if this edit created it.
 */
final class SetValuesCommand implements EditCommand {
    private final Text label;
    private final VariableScope scope;
    private final String name;
    private final VariableType type;
    private final Map<Long, CellValues.Parsed> after;
    private Variable created;
    private long variableId;
    private Map<Long, VariableValue> before;

    SetValuesCommand(Text label, VariableScope scope, String name, VariableType type, Map<Long, CellValues.Parsed> after) {
        this.label = label;
        this.scope = scope;
        this.name = name;
        this.type = type;
        this.after = new LinkedHashMap<>(after);
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        if (before == null) {
            boolean isNew = tx.variables().find(scope, name).isEmpty();
            variableId = tx.variables().ensure(scope, name, type);
            created = isNew ? new Variable(variableId, scope, name, type) : null;
            Map<Long, VariableValue> all = tx.variables().values(variableId);
            before = new LinkedHashMap<>();
            after.keySet().forEach(owner -> before.put(owner, all.get(owner)));
        } else if (created != null) {
            tx.variables().restore(created);
        }
        write(tx, after, v -> v.of(variableId, 0));
    }

    @Override
    public void undo(Tx tx) {
        if (created != null) {
            tx.variables().delete(created);
            return;
        }
        write(tx, before, v -> v);
    }

    private <T> void write(Tx tx, Map<Long, T> values, java.util.function.Function<T, VariableValue> toValue) {
        List<VariableValue> set = new ArrayList<>();
        List<Long> clear = new ArrayList<>();
        values.forEach((owner, v) -> {
            if (v == null) {
                clear.add(owner);
            } else {
                VariableValue value = toValue.apply(v);
                set.add(new VariableValue(variableId, owner, value.number(), value.text()));
            }
        });
        tx.variables().setAll(set);
        tx.variables().clearAll(variableId, clear);
    }

    long variableId() {
        return variableId;
    }

    @Override
    public EditRecord audit(Tx tx) {
        String what = scope.name().toLowerCase(java.util.Locale.ROOT) + " variable " + name;
        if (after.size() == 1) {
            long owner = after.keySet().iterator().next();
            String ownerName = scope == VariableScope.DOCUMENT ? dev.passage.coding.AuditNames.documentName(tx, owner)
                                                                : scope.name().toLowerCase(java.util.Locale.ROOT) + " " + owner;
            CellValues.Parsed now = after.get(owner);
            VariableValue was = before.get(owner);
            return EditRecord.of(now == null ? "variable.clear" : "variable.set", "variable", variableId, name)
                             .withBefore(EditRecord.values("owner", ownerName, "value", was == null ? null : was.display()))
                             .withAfter(EditRecord.values("owner", ownerName, "value", now == null ? null
                                                                                                     : now.of(variableId, owner).display(),
                                                          "type", type.name(), "new_variable", created != null));
        }
        long cleared = after.values().stream().filter(java.util.Objects::isNull).count();
        long changed = before.values().stream().filter(java.util.Objects::nonNull).count();
        return EditRecord.of("variable.set", "variable", variableId, name)
                         .withCount(after.size())
                         .withBefore(EditRecord.values("values", changed))
                         .withAfter(EditRecord.values("values", after.size() - cleared, "cleared", cleared, "type", type.name(),
                                                      "scope", what, "new_variable", created != null));
    }
}
