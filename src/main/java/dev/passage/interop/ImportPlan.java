package dev.passage.interop;

import dev.passage.model.CodeDescription;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything an import will store, read and checked before anything is written: texts already normalised and every
 * selection already mapped onto them. Entities refer to each other by key (the normalised GUID of the source element).
 */
record ImportPlan(String projectName, List<Code> codes, List<Document> documents, List<Unit> units, List<Variable> variables,
                  List<Memo> memos, List<DocumentSet> sets) {

    /** A project Set of sources: a document set (its codes and notes are not kept). */
    record DocumentSet(String name, List<String> documentKeys) {
    }

    record Code(String key, String name, String colour, CodeDescription description, List<Code> children) {
    }

    /** A text with its codings ({@code start}/{@code end} are UTF-16 offsets into {@code text}). */
    record Document(String key, String name, String text, String importedFrom, Instant created, List<Coding> codings,
                    Map<String, String> attributes, List<Value> values) {
    }

    /** A coding; its memo (if any) was written by {@code memoAuthor} at {@code memoCreated} (null: unknown). */
    record Coding(String key, int start, int end, String codeKey, String coder, Instant created, String memo, String memoAuthor,
                  Instant memoCreated) {
    }

    /** A unit (REFI-QDA case) with its documents and values. */
    record Unit(String name, String description, List<String> documentKeys, List<Value> values) {
    }

    /** A variable per scope: one REFI-QDA variable used on cases and on sources becomes a UNIT and a DOCUMENT variable. */
    record Variable(String key, String name, VariableScope scope, VariableType type) {
    }

    /** A value of {@code variableKey}: a number (NUMBER, DATE as epoch day) and/or a text (labels, ISO dates). */
    record Value(String variableKey, Double number, String text) {
    }

    /** A memo; {@code targetKey} is the document, code or coding key (null for the project). */
    record Memo(MemoTarget target, String targetKey, String title, String text, String author, Instant created) {
    }
}
