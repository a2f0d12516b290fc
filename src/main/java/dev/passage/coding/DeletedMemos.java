package dev.passage.coding;

import dev.passage.model.Coding;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.store.Tx;

import java.util.ArrayList;
import java.util.List;

/** The memos a command deleted along with what they hang on (codings, codes), kept to be put back, ids and all, on undo. */
final class DeletedMemos {
    private final List<Memo> memos = new ArrayList<>();

    /** Forgets the memos of an earlier run (a redo deletes them again). */
    void clear() {
        memos.clear();
    }

    /** Deletes the memos on {@code target} {@code id}, keeping them. */
    void deleteOf(Tx tx, MemoTarget target, long id) {
        for (Memo m : tx.memos().forTarget(target, id)) {
            memos.add(m);
            tx.memos().delete(m);
        }
    }

    /** Deletes the codings, each with its memos (kept). */
    void deleteCodings(Tx tx, List<Coding> codings) {
        for (Coding c : codings) {
            deleteOf(tx, MemoTarget.CODING, c.id());
            tx.codings().delete(c);
        }
    }

    /** Puts every kept memo back. */
    void restore(Tx tx) {
        memos.forEach(tx.memos()::restore);
    }

    int size() {
        return memos.size();
    }
}
