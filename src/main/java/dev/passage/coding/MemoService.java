package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Memo;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.store.Database;

import java.time.Instant;
import java.util.List;

/** Memos on the project, documents, codes and codings; every save is undoable. */
public final class MemoService {
    private final Database database;
    private final CommandHistory history;
    private final CodingService coding;

    public MemoService(Database database, CommandHistory history, CodingService coding) {
        this.database = database;
        this.history = history;
        this.coding = coding;
    }

    public Memo add(MemoTarget target, Long targetId, String title, String text) {
        if ((target == MemoTarget.PROJECT) != (targetId == null)) {
            throw new CodingException(Text.of("coding.projectMemoTargetId"));
        }
        Instant now = Instant.now();
        Memo draft = new Memo(0, target, targetId, title, text == null ? "" : text, coding.coder(), now, now);
        return history.run(new SaveMemoCommand(Text.of("coding.label.addMemo"), null, draft)).memo();
    }

    public Memo edit(long memoId, String title, String text) {
        Memo before = find(memoId);
        Memo after = new Memo(before.id(), before.target(), before.targetId(), title, text == null ? "" : text, before.author(),
                              before.created(), Instant.now());
        history.run(new SaveMemoCommand(Text.of("coding.label.editMemo"), before, after));
        return after;
    }

    public void delete(long memoId) {
        history.run(new SaveMemoCommand(Text.of("coding.label.deleteMemo"), find(memoId), null));
    }

    public List<Memo> forTarget(MemoTarget target, Long targetId) {
        return database.read(a -> a.memos().forTarget(target, targetId));
    }

    public List<Memo> all() {
        return database.read(a -> a.memos().all());
    }

    private Memo find(long id) {
        return database.read(a -> a.memos().find(id)).orElseThrow(() -> new CodingException(Text.of("coding.thereMemoId", id)));
    }
}
