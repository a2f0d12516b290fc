package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.CodeDescription;
import dev.passage.model.Coding;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.ArrayList;
import java.util.List;

/**
 * Creates a code (and any missing parents of its path) and applies it to a range, as one undoable edit: one undo removes both
 * the coding and the new code(s). The project's history still gets a row for each fact (code.add ..., coding.add).
 */
final class AddCodeAndApplyCommand implements EditCommand {
    private final Text label;
    private final Long parentId;
    private final List<String> names;
    private final String colour;
    private final long documentId;
    private final int start;
    private final int end;
    private final String coder;
    private final Text applyLabel;
    private final List<AddCodeCommand> adds = new ArrayList<>();
    private ApplyCodingCommand apply;

    /** {@code names}: the codes to create, each under the one before (the first under {@code parentId}, null = top level). */
    AddCodeAndApplyCommand(Text label, Long parentId, List<String> names, String colour, long documentId, int start, int end,
                           String coder, Text applyLabel) {
        this.label = label;
        this.parentId = parentId;
        this.names = List.copyOf(names);
        this.colour = colour;
        this.documentId = documentId;
        this.start = start;
        this.end = end;
        this.coder = coder;
        this.applyLabel = applyLabel;
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        if (apply == null) {
            Long parent = parentId;
            for (String name : names) {
                AddCodeCommand add = new AddCodeCommand(parent, name, colour, CodeDescription.EMPTY);
                add.execute(tx);
                adds.add(add);
                parent = add.code().id();
            }
            apply = new ApplyCodingCommand(applyLabel, documentId, start, end, parent, coder, null);
        } else {
            adds.forEach(a -> a.execute(tx));
        }
        apply.execute(tx);
    }

    @Override
    public void undo(Tx tx) {
        apply.undo(tx);
        for (int i = adds.size() - 1; i >= 0; i--) {
            adds.get(i).undo(tx);
        }
    }

    @Override
    public EditRecord audit(Tx tx) {
        return apply.audit(tx);
    }

    @Override
    public List<EditRecord> audits(Tx tx) {
        List<EditRecord> rows = new ArrayList<>();
        adds.forEach(a -> rows.add(a.audit(tx)));
        rows.add(apply.audit(tx));
        return rows;
    }

    Coding coding() {
        return apply.coding();
    }
}
