package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.List;

/**
 * Merges {@code source} into {@code target}: the source's codings are recoded to the target, its child codes move under the
 * target, its memos move to the target, and the source code is deleted.
 */
final class MergeCodesCommand implements EditCommand {
    private final Text label;
    private final Code source;
    private final long targetId;
    private final List<Coding> codings;
    private final List<Code> children;
    private final List<Memo> memos;

    MergeCodesCommand(Text label, Code source, long targetId, List<Coding> codings, List<Code> children, List<Memo> memos) {
        this.label = label;
        this.source = source;
        this.targetId = targetId;
        this.codings = List.copyOf(codings);
        this.children = List.copyOf(children);
        this.memos = List.copyOf(memos);
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        for (Coding c : codings) {
            tx.codings().update(c.withCode(targetId));
        }
        for (Code child : children) {
            tx.codes().update(new Code(child.id(), targetId, child.name(), child.colour(), child.description(), child.sortOrder(),
                                        child.version()));
        }
        for (Memo m : memos) {
            tx.memos().delete(m);
            tx.memos().restore(new Memo(m.id(), MemoTarget.CODE, targetId, m.title(), m.text(), m.author(), m.created(), m.updated(),
                                        m.version()));
        }
        tx.codes().delete(source);
    }

    @Override
    public void undo(Tx tx) {
        tx.codes().restore(source);
        for (Code child : children) {
            tx.codes().update(child);
        }
        for (Coding c : codings) {
            tx.codings().update(c);
        }
        for (Memo m : memos) {
            tx.memos().delete(m);
            tx.memos().restore(m);
        }
    }

    @Override
    public EditRecord audit(Tx tx) {
        String from = AuditNames.codePath(tx, source);
        String into = AuditNames.codePath(tx, targetId);
        return EditRecord.of("code.merge", "code", source.id(), from)
                         .withCount(codings.size())
                         .withBefore(EditRecord.values("code", from, "code_id", source.id(), "codings", codings.size(),
                                                       "subcodes", children.size(), "memos", memos.size()))
                         .withAfter(EditRecord.values("code", into, "code_id", targetId));
    }
}
