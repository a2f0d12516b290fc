package dev.passage.history;

import dev.passage.files.AtomicWrite;
import dev.passage.files.CsvStyle;
import dev.passage.model.HistoryEntry;
import dev.passage.model.HistoryFilter;
import dev.passage.store.Database;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the project's audit trail: who changed what, when, with the values before and after. The rows are written by the
 * edits themselves (in their own transactions); this only lists and exports them.
 */
public final class EditHistory {
    /** The CSV columns, one row per edit, for R or pandas ({@code when} is ISO-8601 UTC). */
    public static final List<String> CSV_COLUMNS = List.of("id", "when", "coder", "action", "base_action", "direction", "object_kind",
                                                           "object_id", "object_name", "summary", "count", "before", "after");

    private final Database database;
    /** In blind mode, the only coder whose edits are shown (null: everyone's). */
    private final String onlyCoder;

    public EditHistory(Database database) {
        this(database, null);
    }

    /** The history as a session in blind mode sees it: only {@code onlyCoder}'s edits (null: everyone's). */
    public EditHistory(Database database, String onlyCoder) {
        this.database = database;
        this.onlyCoder = onlyCoder;
    }

    /** Entries matching the filter, newest first. */
    public List<HistoryEntry> list(HistoryFilter filter) {
        if (onlyCoder != null && filter.coder() != null && !filter.coder().equals(onlyCoder)) {
            return List.of();
        }
        HistoryFilter seen = onlyCoder == null ? filter : filter.withCoder(onlyCoder);
        return database.read(a -> a.editHistory().list(seen));
    }

    /** Everyone who has made an edit, by name. */
    public List<String> coders() {
        List<String> all = database.read(a -> a.editHistory().coders());
        return onlyCoder == null ? all : all.stream().filter(onlyCoder::equals).toList();
    }

    /** Writes the matching entries (oldest first, as a timeline reads) as CSV, whole or not at all; returns the row count. */
    public int writeCsv(Path file, HistoryFilter filter) throws IOException {
        return writeCsv(file, filter, CsvStyle.PLAIN);
    }

    /** As {@link #writeCsv(Path, HistoryFilter)}, spelled in {@code style} (e.g. for Excel). */
    public int writeCsv(Path file, HistoryFilter filter, CsvStyle style) throws IOException {
        List<HistoryEntry> entries = list(filter).reversed();
        return AtomicWrite.replace(file, out -> {
            Writer w = style.writer(out);
            writeCsv(w, entries, style);
            w.flush();
            return entries.size();
        });
    }

    /** Writes entries as CSV in the order given. */
    public static void writeCsv(Writer out, List<HistoryEntry> entries) throws IOException {
        writeCsv(out, entries, CsvStyle.PLAIN);
    }

    private static void writeCsv(Writer out, List<HistoryEntry> entries, CsvStyle style) throws IOException {
        CSVPrinter csv = new CSVPrinter(out, style.format().builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
        for (HistoryEntry e : entries) {
            csv.printRecord(e.id(), e.when().toString(), e.coder(), e.action(), baseAction(e.action()), direction(e), e.objectKind(),
                            e.objectId() == null ? "" : e.objectId(), nullToEmpty(e.objectName()), nullToEmpty(e.summary()), e.count(),
                            nullToEmpty(e.beforeJson()), nullToEmpty(e.afterJson()));
        }
        csv.flush();
    }

    public static String baseAction(String action) {
        int colon = action.indexOf(':');
        return colon < 0 ? action : action.substring(colon + 1);
    }

    /** "do", "undo" or "redo". */
    public static String direction(HistoryEntry e) {
        return e.isUndo() ? "undo" : e.isRedo() ? "redo" : "do";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
