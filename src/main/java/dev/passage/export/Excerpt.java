package dev.passage.export;

import dev.passage.model.VariableValue;

import java.time.Instant;
import java.util.List;

/**
 * One coded segment as exported: the coding with its code path, document, unit (and respondent and question for a
 * survey answer), the speaker turn holding its start, coder, offsets (UTF-16 as stored and in code points), the coded
 * text and memo (with who wrote the memo and when: {@code memoAuthor}, {@code memoUpdated}, null without a memo), a few words of context either side (empty unless asked for), and the chosen variables' values in the
 * order of the export's {@link VariableColumn}s ({@code null} = missing).
 */
public record Excerpt(long codingId, long codeId, String codePath, long documentId, String documentName, String unit,
                      String respondent, String question, String speaker, Long timestampMs, String coder, Instant created,
                      int start, int end, int startCodePoint, int endCodePoint, String text, String memo,
                      String memoAuthor, Instant memoUpdated, String contextBefore, String contextAfter, List<VariableValue> variables) {
    public Excerpt {
        variables = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(variables)); // may hold nulls
    }
}
