package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.store.Tx;

/** An edit that replaces one row with a changed copy of it: execute writes {@code after}, undo writes {@code before} back. */
abstract class ReplaceRowCommand<T> implements EditCommand {
    private final Text label;
    protected final T before;
    protected final T after;

    ReplaceRowCommand(Text label, T before, T after) {
        this.label = label;
        this.before = before;
        this.after = after;
    }

    /** Writes {@code row} over the stored row with the same id. */
    abstract void write(Tx tx, T row);

    @Override
    public final Text label() {
        return label;
    }

    @Override
    public final void execute(Tx tx) {
        write(tx, after);
    }

    @Override
    public final void undo(Tx tx) {
        write(tx, before);
    }
}
