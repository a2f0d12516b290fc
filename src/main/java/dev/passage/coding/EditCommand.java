package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

/**
 * One undoable edit. {@link #execute} runs for the first time and again on redo (restoring the same ids), {@link #undo}
 * reverses it; both run inside one database transaction.
 */
public interface EditCommand {
    /** What the edit did, for menus: "apply Speaking up to Interview 07", in the user's language where it is shown. */
    Text label();

    void execute(Tx tx);

    void undo(Tx tx);

    /**
     * What the first {@link #execute} did, for the project's history; called right after it, in the same transaction
     * ({@link CommandHistory} writes the row, and the undo/redo rows from it).
     */
    default EditRecord audit(Tx tx) {
        return EditRecord.of("edit", "project", null, null).withSummary(label().english());
    }

    /**
     * Every fact the first {@link #execute} did, one history row each (a composite edit such as "create a code and apply it" has
     * two); by default the one row of {@link #audit}. Undo and redo write a row for each, too.
     */
    default java.util.List<EditRecord> audits(Tx tx) {
        return java.util.List.of(audit(tx));
    }
}
