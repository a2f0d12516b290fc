package dev.passage.model;

import java.time.Instant;

/**
 * A code applied to [start, end) of a document (UTF-16 offsets, end exclusive) by a coder, with an optional memo. The memo has
 * its own author and time ({@code memoAuthor}, {@code memoUpdated}: who last wrote it and when), null when there is no memo.
 */
public record Coding(long id, long documentId, int start, int end, long codeId, String coder, Instant created, String memo,
                     String memoAuthor, Instant memoUpdated) {

    /** A coding whose memo (if any) was written by its coder when it was made. */
    public Coding(long id, long documentId, int start, int end, long codeId, String coder, Instant created, String memo) {
        this(id, documentId, start, end, codeId, coder, created, memo, memo == null ? null : coder, memo == null ? null : created);
    }

    public boolean overlaps(Coding other) {
        return documentId == other.documentId && start < other.end && other.start < end;
    }

    /** This coding with another code (the memo keeps its author and time). */
    public Coding withCode(long newCodeId) {
        return new Coding(id, documentId, start, end, newCodeId, coder, created, memo, memoAuthor, memoUpdated);
    }

    /** This coding with other boundaries (the memo keeps its author and time). */
    public Coding withRange(int newStart, int newEnd) {
        return new Coding(id, documentId, newStart, newEnd, codeId, coder, created, memo, memoAuthor, memoUpdated);
    }

    /** This coding with {@code text} as its memo written by {@code author} at {@code at}; a null text clears memo, author and time. */
    public Coding withMemo(String text, String author, Instant at) {
        return text == null ? new Coding(id, documentId, start, end, codeId, coder, created, null, null, null)
                            : new Coding(id, documentId, start, end, codeId, coder, created, text, author, at);
    }

    /** Who wrote the memo: its recorded author, or the coder when none is recorded. */
    public String memoBy() {
        return memoAuthor != null ? memoAuthor : coder;
    }

    /** When the memo was written: its recorded time, or the coding's created time when none is recorded. */
    public Instant memoAt() {
        return memoUpdated != null ? memoUpdated : created;
    }
}
