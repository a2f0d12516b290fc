package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

/** Changes a coding's code, boundaries or memo. */
final class UpdateCodingCommand extends ReplaceRowCommand<Coding> {
    UpdateCodingCommand(Text label, Coding before, Coding after) {
        super(label, before, after);
    }

    @Override
    void write(Tx tx, Coding row) {
        tx.codings().update(row);
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
