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

    /** Edits the memo as it is now (the command line: the version it just read). */
    public Memo edit(long memoId, String title, String text) {
        return edit(find(memoId), title, text);
    }

    /**
     * Edits the memo on the version {@code seen} (what the editor opened); refused with a StaleEditException when someone changed
     * it since, which offers to save the same title and text over the current version.
     */
    public Memo edit(Memo seen, String title, String text) {
        Memo after = new Memo(seen.id(), seen.target(), seen.targetId(), title, text == null ? "" : text, seen.author(),
                              seen.created(), Instant.now(), seen.version());
        Text label = Text.of("coding.label.editMemo");
        return StaleEdits.reapplyable(label, () -> edit(seen.id(), title, text), () -> {
            history.run(new SaveMemoCommand(label, seen, after));
            return new Memo(after.id(), after.target(), after.targetId(), after.title(), after.text(), after.author(), after.created(),
                            after.updated(), after.version() + 1);
        });
    }

    public void delete(long memoId) {
        delete(find(memoId));
    }

    /** Deletes the memo on the version {@code seen}; refused when someone changed it since. */
    public void delete(Memo seen) {
        Text label = Text.of("coding.label.deleteMemo");
        StaleEdits.reapplyable(label, () -> delete(seen.id()), () -> history.run(new SaveMemoCommand(label, seen, null)));
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
