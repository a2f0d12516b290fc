package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Memo;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

/** Adds (before == null), edits, or deletes (after == null) a memo. */
final class SaveMemoCommand implements EditCommand {
    private final Text label;
    private final Memo before;
    private Memo after;
    private final boolean isNew;

    SaveMemoCommand(Text label, Memo before, Memo after) {
        this.label = label;
        this.before = before;
        this.after = after;
        this.isNew = before == null;
    }

    @Override
    public Text label() {
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
            tx.memos().delete(before);
        } else {
            tx.memos().update(after);
        }
    }

    @Override
    public void undo(Tx tx) {
        if (isNew) {
            tx.memos().delete(after);
        } else if (after == null) {
            tx.memos().restore(before);
        } else {
            tx.memos().update(before);
        }
    }

    Memo memo() {
        return after;
    }

    @Override
    public EditRecord audit(Tx tx) {
        Memo any = after != null ? after : before;
        String action = isNew ? "memo.add" : after == null ? "memo.delete" : "memo.edit";
        return EditRecord.of(action, "memo", any.id(), any.title() != null && !any.title().isBlank() ? any.title() : target(tx, any))
                         .withBefore(values(tx, before))
                         .withAfter(values(tx, after));
    }

    private static java.util.Map<String, Object> values(Tx tx, Memo m) {
        return m == null ? null : EditRecord.values("on", target(tx, m), "title", m.title(), "text", m.text(), "author", m.author());
    }

    private static String target(Tx tx, Memo m) {
        return switch (m.target()) {
            case PROJECT -> "project";
            case DOCUMENT -> "document " + AuditNames.documentName(tx, m.targetId());
            case CODE -> "code " + AuditNames.codePath(tx, m.targetId());
            case CODING -> "coding " + m.targetId();
        };
    }
}
