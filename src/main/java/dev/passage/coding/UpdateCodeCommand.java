package dev.passage.coding;

import dev.passage.model.Code;
import dev.passage.store.Tx;

/** Rename, recolour, describe or move a code: the row before and after. Moving touches the index (code filters by descendants). */
final class UpdateCodeCommand implements EditCommand {
    private final String label;
    private final Code before;
    private final Code after;

    UpdateCodeCommand(String label, Code before, Code after) {
        this.label = label;
        this.before = before;
        this.after = after;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        tx.codes().update(after);
    }

    @Override
    public void undo(Tx tx) {
        tx.codes().update(before);
    }
}
