package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

/** Adds a code to the codebook. */
final class AddCodeCommand implements EditCommand {
    private final Long parentId;
    private final String name;
    private final String colour;
    private final CodeDescription description;
    private Code created;
    private String guid;

    AddCodeCommand(Long parentId, String name, String colour, CodeDescription description) {
        this.parentId = parentId;
        this.name = name;
        this.colour = colour;
        this.description = description;
    }

    @Override
    public Text label() {
        return Text.of("coding.label.addCode", name);
    }

    @Override
    public void execute(Tx tx) {
        if (created == null) {
            long id = tx.codes().insert(parentId, name, colour, description, tx.codes().nextSortOrder(parentId));
            created = tx.codes().find(id).orElseThrow();
            // its own REFI-QDA GUID (V8): two coders' copies that each add a code never share it, so a merge cannot confuse them
            guid = java.util.UUID.randomUUID().toString();
        } else {
            tx.codes().restore(created);
        }
        tx.codes().setGuid(created.id(), guid);
    }

    @Override
    public void undo(Tx tx) {
        tx.codes().delete(created);
    }

    Code code() {
        return created;
    }

    @Override
    public EditRecord audit(Tx tx) {
        return EditRecord.of("code.add", "code", created.id(), AuditNames.codePath(tx, created))
                         .withAfter(EditRecord.values("name", created.name(), "path", AuditNames.codePath(tx, created), "colour",
                                                      created.colour()));
    }
}
