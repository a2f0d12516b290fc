package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

/** Changes a coding's code, boundaries or memo. */
final class UpdateCodingCommand implements EditCommand {
    private final Text label;
    private final Coding before;
    private final Coding after;

    UpdateCodingCommand(Text label, Coding before, Coding after) {
        this.label = label;
        this.before = before;
        this.after = after;
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        tx.codings().update(after);
    }

    @Override
    public void undo(Tx tx) {
        tx.codings().update(before);
    }

    @Override
    public EditRecord audit(Tx tx) {
        String action = before.codeId() != after.codeId() ? "coding.recode"
                        : before.start() != after.start() || before.end() != after.end() ? "coding.adjust" : "coding.memo";
        return EditRecord.of(action, "coding", after.id(), AuditNames.codePath(tx, after.codeId()) + " @ "
                                                           + AuditNames.documentName(tx, after.documentId()))
                         .withBefore(AuditNames.coding(tx, before))
                         .withAfter(AuditNames.coding(tx, after));
    }
}
