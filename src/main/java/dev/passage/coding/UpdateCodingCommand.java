package dev.passage.coding;

import dev.passage.model.Coding;
import dev.passage.store.Tx;

/** Changes a coding's code, boundaries or memo. */
final class UpdateCodingCommand implements EditCommand {
    private final String label;
    private final Coding before;
    private final Coding after;

    UpdateCodingCommand(String label, Coding before, Coding after) {
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
        tx.codings().update(after);
    }

    @Override
    public void undo(Tx tx) {
        tx.codings().update(before);
    }
}
