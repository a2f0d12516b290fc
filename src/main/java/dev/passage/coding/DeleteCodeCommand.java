package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.List;

/** Deletes a code with all codes below it, their codings and memos; undo restores everything with the same ids. */
final class DeleteCodeCommand implements EditCommand {
    private final Text label;
    private final List<Code> codes;      // parents before children
    private final List<Coding> codings;
    private final DeletedMemos memos = new DeletedMemos();

    DeleteCodeCommand(Text label, List<Code> codesTopDown, List<Coding> codings) {
        this.label = label;
        this.codes = List.copyOf(codesTopDown);
        this.codings = List.copyOf(codings);
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        memos.clear();
        memos.deleteCodings(tx, codings);
        for (Code c : codes) {
            memos.deleteOf(tx, MemoTarget.CODE, c.id());
        }
        for (int i = codes.size() - 1; i >= 0; i--) {
            tx.codes().delete(codes.get(i));
        }
    }

    @Override
    public void undo(Tx tx) {
        codes.forEach(tx.codes()::restore);
        codings.forEach(tx.codings()::restore);
        memos.restore(tx);
    }

    @Override
    public EditRecord audit(Tx tx) {
        Code root = codes.getFirst();
        String path = AuditNames.codePath(tx, root);
        return EditRecord.of("code.delete", "code", root.id(), path)
                         .withCount(codes.size())
                         .withBefore(EditRecord.values("path", path, "colour", root.colour(), "subcodes", codes.size() - 1,
                                                       "codings", codings.size(), "memos", memos.size()));
    }
}
