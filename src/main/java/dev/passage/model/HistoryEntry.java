package dev.passage.model;

import java.time.Instant;

/** One row of the project's edit history as read back: who did what when, with before/after as JSON text (or null). */
public record HistoryEntry(long id, Instant when, String coder, String action, String objectKind, Long objectId, String objectName,
                           String summary, int count, String beforeJson, String afterJson) {
    public boolean isUndo() {
        return action.startsWith(EditRecord.UNDO);
    }

    public boolean isRedo() {
        return action.startsWith(EditRecord.REDO);
    }
}
