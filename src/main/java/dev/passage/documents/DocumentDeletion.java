package dev.passage.documents;

/** What deleting a document would delete with it (the confirmation names it): its codings, memos and set memberships. */
public record DocumentDeletion(long documentId, String name, int codings, int memos, int sets) {
}
