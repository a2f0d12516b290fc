package dev.passage.coding;

import dev.passage.store.Tx;

/**
 * One undoable edit. {@link #execute} runs for the first time and again on redo (restoring the same ids), {@link #undo}
 * reverses it; both run inside one database transaction.
 */
public interface EditCommand {
    /** What the edit did, for menus: "apply Speaking up to Interview 07". */
    String label();

    void execute(Tx tx);

    void undo(Tx tx);
}
