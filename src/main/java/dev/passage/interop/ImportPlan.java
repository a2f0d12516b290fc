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
 * A merge reads a .qdpx or another Passage project into this same shape ({@code respondents} come only from a project).
 */
public record ImportPlan(String projectName, List<Code> codes, List<Document> documents, List<Unit> units, List<Variable> variables,
                         List<Memo> memos, List<DocumentSet> sets, List<Respondent> respondents) {

    public ImportPlan(String projectName, List<Code> codes, List<Document> documents, List<Unit> units, List<Variable> variables,
                      List<Memo> memos, List<DocumentSet> sets) {
        this(projectName, codes, documents, units, variables, memos, sets, List.of());
    }

    /** A survey respondent (by external id) with their unit, their RESPONDENT values and their answer documents. */
    public record Respondent(String externalId, String unitName, List<Value> values, List<Answer> answers) {
    }

    /** One answer of a respondent: a document of the plan and the question it answers. */
    public record Answer(String documentKey, String question) {
    }

    /** A project Set of sources: a document set (its codes and notes are not kept). */
    public record DocumentSet(String name, List<String> documentKeys) {
    }

    public record Code(String key, String name, String colour, CodeDescription description, List<Code> children) {
    }

    /** A text with its codings ({@code start}/{@code end} are UTF-16 offsets into {@code text}). */
    public record Document(String key, String name, String text, String importedFrom, Instant created, List<Coding> codings,
                           Map<String, String> attributes, List<Value> values, List<dev.passage.model.SpeakerTurn> turns) {
        /** A text without speaker turns (REFI-QDA carries none). */
        public Document(String key, String name, String text, String importedFrom, Instant created, List<Coding> codings,
                        Map<String, String> attributes, List<Value> values) {
            this(key, name, text, importedFrom, created, codings, attributes, values, List.of());
        }
    }

    /** A coding; its memo (if any) was written by {@code memoAuthor} at {@code memoCreated} (null: unknown). */
    public record Coding(String key, int start, int end, String codeKey, String coder, Instant created, String memo, String memoAuthor,
                  Instant memoCreated) {
    }

    /** A unit (REFI-QDA case) with its documents and values. */
    public record Unit(String name, String description, List<String> documentKeys, List<Value> values) {
    }

    /** A variable per scope: one REFI-QDA variable used on cases and on sources becomes a UNIT and a DOCUMENT variable. */
    public record Variable(String key, String name, VariableScope scope, VariableType type) {
    }

    /** A value of {@code variableKey}: a number (NUMBER, DATE as epoch day) and/or a text (labels, ISO dates). */
    public record Value(String variableKey, Double number, String text) {
    }

    /** A memo; {@code targetKey} is the document, code or coding key (null for the project). */
    public record Memo(MemoTarget target, String targetKey, String title, String text, String author, Instant created) {
    }
}
