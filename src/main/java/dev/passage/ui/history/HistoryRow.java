package dev.passage.ui.history;

import dev.passage.model.HistoryEntry;

/** One edit as the History table shows it: when (local time), coder, action, the object, and "before → after". */
public record HistoryRow(HistoryEntry entry, String when, String coder, String action, String object, String change) {
}
