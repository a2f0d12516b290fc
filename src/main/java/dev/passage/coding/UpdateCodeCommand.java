package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

/** Rename, recolour, describe or move a code: the row before and after. Moving touches the index (code filters by descendants). */
final class UpdateCodeCommand extends ReplaceRowCommand<Code> {
    UpdateCodeCommand(Text label, Code before, Code after) {
        super(label, before, after);
    }

    @Override
    void write(Tx tx, Code row) {
        tx.codes().update(row);
    }

    @Override
    public EditRecord audit(Tx tx) {
        if (!before.name().equals(after.name())) {
            return EditRecord.of("code.rename", "code", after.id(), AuditNames.codePath(tx, after))
                             .withBefore(EditRecord.values("name", before.name(), "path", AuditNames.codePath(tx, before)))
                             .withAfter(EditRecord.values("name", after.name(), "path", AuditNames.codePath(tx, after)));
        }
        if (!java.util.Objects.equals(before.parentId(), after.parentId())) {
            return EditRecord.of("code.move", "code", after.id(), AuditNames.codePath(tx, after))
                             .withBefore(EditRecord.values("path", AuditNames.codePath(tx, before)))
                             .withAfter(EditRecord.values("path", AuditNames.codePath(tx, after)));
        }
        if (!before.colour().equals(after.colour())) {
            return EditRecord.of("code.recolour", "code", after.id(), AuditNames.codePath(tx, after))
                             .withBefore(EditRecord.values("colour", before.colour()))
                             .withAfter(EditRecord.values("colour", after.colour()));
        }
        return EditRecord.of("code.describe", "code", after.id(), AuditNames.codePath(tx, after))
                         .withBefore(description(before.description()))
                         .withAfter(description(after.description()));
    }

    private static java.util.Map<String, Object> description(dev.passage.model.CodeDescription d) {
        return EditRecord.values("definition", d.definition(), "when_to_use", d.whenToUse(), "when_not_to_use", d.whenNotToUse(),
                                 "example", d.example());
    }
}
