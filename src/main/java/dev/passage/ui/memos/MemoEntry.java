package dev.passage.ui.memos;

import dev.passage.model.Memo;

import java.time.Instant;

/**
 * One entry in the memo list: a memo, or (for a coding) the coding's own inline note. {@code id} is the memo's id, or the
 * coding's id for a note; {@code memo} is the memo as read (with its row version), null for a note.
 */
public record MemoEntry(Kind kind, long id, String title, String text, String author, Instant updated, Memo memo) {
    public MemoEntry(Kind kind, long id, String title, String text, String author, Instant updated) {
        this(kind, id, title, text, author, updated, null);
    }

    public enum Kind { MEMO, CODING_NOTE }

    static MemoEntry of(Memo m) {
        return new MemoEntry(Kind.MEMO, m.id(), m.title(), m.text() == null ? "" : m.text(), m.author(), m.updated(), m);
    }

    public boolean isNote() {
        return kind == Kind.CODING_NOTE;
    }

    /** Same memo (or note), whatever its content now. */
    public boolean sameAs(MemoEntry other) {
        return other != null && other.kind == kind && other.id == id;
    }
}
