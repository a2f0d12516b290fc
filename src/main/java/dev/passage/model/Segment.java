package dev.passage.model;

/** A retrieved coded segment: the coding with its document, code path, speaker and the coded text. */
public record Segment(long codingId, long documentId, String documentName, long codeId, String codePath, String speaker,
                      int start, int end, String text, String coder, String memo) {
}
