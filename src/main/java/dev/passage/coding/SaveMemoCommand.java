package dev.passage.coding;

import dev.passage.model.Memo;
import dev.passage.store.Tx;

/** Adds (before == null), edits, or deletes (after == null) a memo. */
final class SaveMemoCommand implements EditCommand {
    private final String label;
    private final Memo before;
    private Memo after;
    private final boolean isNew;

    SaveMemoCommand(String label, Memo before, Memo after) {
        this.label = label;
        this.before = before;
        this.after = after;
        this.isNew = before == null;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        if (isNew && after.id() == 0) {
            long id = tx.memos().insert(after.target(), after.targetId(), after.title(), after.text(), after.author(), after.created());
            after = tx.memos().find(id).orElseThrow();
        } else if (isNew) {
            tx.memos().restore(after);
        } else if (after == null) {
            tx.memos().delete(before.id());
        } else {
            tx.memos().update(after);
        }
    }

    @Override
    public void undo(Tx tx) {
        if (isNew) {
            tx.memos().delete(after.id());
        } else if (after == null) {
            tx.memos().restore(before);
        } else {
            tx.memos().update(before);
        }
    }

    Memo memo() {
        return after;
    }
}
