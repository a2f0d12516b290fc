package dev.passage.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one edit did, as it goes into the project's history: the action ({@code code.rename}, {@code coding.add},
 * {@code undo:code.rename} ...), the object it changed (kind, id, a readable name), a one-line summary, how many items a bulk
 * edit touched, and small before/after values (rendered as JSON by the store). The coder and the time are added on writing.
 */
public record EditRecord(String action, String objectKind, Long objectId, String objectName, String summary, int count,
                         Map<String, Object> before, Map<String, Object> after) {
    public static final String UNDO = "undo:";
    public static final String REDO = "redo:";

    public EditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectKind, "objectKind");
        before = before == null ? null : unmodifiable(before);
        after = after == null ? null : unmodifiable(after);
    }

    public static EditRecord of(String action, String objectKind, Long objectId, String objectName) {
        return new EditRecord(action, objectKind, objectId, objectName, null, 1, null, null);
    }

    public EditRecord withSummary(String text) {
        return new EditRecord(action, objectKind, objectId, objectName, text, count, before, after);
    }

    public EditRecord withCount(int n) {
        return new EditRecord(action, objectKind, objectId, objectName, summary, n, before, after);
    }

    public EditRecord withBefore(Map<String, Object> values) {
        return new EditRecord(action, objectKind, objectId, objectName, summary, count, values, after);
    }

    public EditRecord withAfter(Map<String, Object> values) {
        return new EditRecord(action, objectKind, objectId, objectName, summary, count, before, values);
    }

    /** The same edit undone: {@code undo:ACTION}, before and after swapped. */
    public EditRecord undone() {
        return new EditRecord(UNDO + baseAction(), objectKind, objectId, objectName, summary, count, after, before);
    }

    /** The same edit done again: {@code redo:ACTION}. */
    public EditRecord redone() {
        return new EditRecord(REDO + baseAction(), objectKind, objectId, objectName, summary, count, before, after);
    }

    /** The action without an undo:/redo: prefix. */
    public String baseAction() {
        return action.startsWith(UNDO) ? action.substring(UNDO.length())
               : action.startsWith(REDO) ? action.substring(REDO.length()) : action;
    }

    /** An ordered map of name/value pairs, nulls kept (a cleared memo is {@code "memo": null}). */
    public static Map<String, Object> values(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("values needs name/value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private static Map<String, Object> unmodifiable(Map<String, Object> m) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }
}
