package dev.passage.ui.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.history.EditHistory;
import dev.passage.model.HistoryEntry;
import dev.passage.model.HistoryFilter;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * View › History: the project's edits, newest first (who, when, what, before → after), optionally of one coder; reloads
 * whenever the project changes (every edit, undo and redo adds a row). Exports what it lists as CSV.
 */
public final class HistoryViewModel {
    /** How many edits the table shows at most (the CSV export and the CLI have all). */
    public static final int SHOWN = 2000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VALUE_CHARS = 80;

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final ZoneId zone;
    private final DateTimeFormatter when;
    private final ObservableList<HistoryRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> coders = FXCollections.observableArrayList();
    private final ObjectProperty<String> coder = new SimpleObjectProperty<>(this, "coder");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final InvalidationListener onData = o -> reload();

    public HistoryViewModel(ProjectContext context, DialogService dialogs) {
        this(context, dialogs, ZoneId.systemDefault());
    }

    HistoryViewModel(ProjectContext context, DialogService dialogs, ZoneId zone) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        this.zone = zone;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT, FormatStyle.MEDIUM).withLocale(m.locale()).withZone(zone);
        coder.addListener((o, a, b) -> reload());
        context.dataVersionProperty().addListener(onData);
        reload();
    }

    /** The session's history as it may be read now (a blind lock taken or lifted since narrows or widens it). */
    private EditHistory history() {
        return context.session().editHistory();
    }

    /** The edits shown, newest first. */
    public ObservableList<HistoryRow> rows() {
        return rows;
    }

    /** Everyone who has made an edit, for the filter. */
    public ObservableList<String> coders() {
        return coders;
    }

    /** Only this coder's edits; null: everyone's. */
    public ObjectProperty<String> coderProperty() {
        return coder;
    }

    /** "12 edits", "2,000 most recent edits", "3 edits by ben". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
    }

    private record Loaded(List<HistoryEntry> entries, List<String> coders) {
    }

    /** Loads the edits again in the background. */
    public void reload() {
        HistoryFilter filter = filter().withLimit(SHOWN + 1);
        String who = coder.get();
        context.tasks().submit(m.get("history.task"), p -> {
            EditHistory history = history();
            return new Loaded(history.list(filter), history.coders());
        }, r -> {
            if (!java.util.Objects.equals(who, coder.get())) {
                return; // the filter changed meanwhile; its own load follows
            }
            boolean more = r.entries().size() > SHOWN;
            List<HistoryEntry> shown = more ? r.entries().subList(0, SHOWN) : r.entries();
            rows.setAll(shown.stream().map(this::row).toList());
            if (!coders.equals(r.coders())) {
                coders.setAll(r.coders());
            }
            status.set(more ? m.get("history.status.recent", SHOWN)
                       : who == null ? m.get("history.status.all", shown.size()) : m.get("history.status.byCoder", shown.size(), who));
        }, e -> dialogs.showError(m.get("history.failedTitle"), message(e)));
    }

    /** Asks where to save, then writes the listed coder's (or everyone's) whole history as CSV, oldest first. */
    public void exportCsv() {
        dialogs.chooseFileToSave(m.get("history.export.title"), "history.csv", List.of(new DialogService.FileType(m.get("history.export.csv"), "csv")))
               .ifPresent(this::exportCsv);
    }

    void exportCsv(Path file) {
        HistoryFilter filter = filter();
        context.tasks().submit(m.get("history.export.task"), p -> {
            try {
                return history().writeCsv(file, filter);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(m.get("history.export.failed", file, e.getMessage()), e);
            }
        }, n -> dialogs.showInfo(m.get("history.export.title"), m.get("history.export.done", n, file)),
            e -> dialogs.showError(m.get("history.export.title"), message(e)));
    }

    private HistoryFilter filter() {
        return HistoryFilter.ALL.withCoder(coder.get());
    }

    HistoryRow row(HistoryEntry e) {
        String object = e.objectName() == null ? m.get("history.kind." + e.objectKind()) : e.objectName();
        if (e.count() > 1) {
            object = m.get("history.count", object, e.count());
        }
        return new HistoryRow(e, when.format(e.when()), e.coder(), action(e.action()), object, change(e));
    }

    /** "Rename code", "Undo: rename code"; an action without a text shows as it is stored. */
    private String action(String action) {
        String base = EditHistory.baseAction(action);
        String text = m.get("history.action." + base);
        if (text.startsWith("[")) {
            text = base;
        }
        if (action.startsWith(dev.passage.model.EditRecord.UNDO)) {
            return m.get("history.undo", text);
        }
        if (action.startsWith(dev.passage.model.EditRecord.REDO)) {
            return m.get("history.redo", text);
        }
        return text;
    }

    /** The values that differ, "name: Speaking up → Voice"; a value only before or only after as "name: x". */
    static String change(HistoryEntry e) {
        JsonNode before = tree(e.beforeJson());
        JsonNode after = tree(e.afterJson());
        List<String> parts = new ArrayList<>();
        if (before != null && after != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = after.fields(); it.hasNext(); ) {
                var f = it.next();
                JsonNode was = before.get(f.getKey());
                if (was != null && !was.equals(f.getValue())) {
                    parts.add(f.getKey() + ": " + text(was) + " \u2192 " + text(f.getValue()));
                } else if (was == null) {
                    parts.add(f.getKey() + ": " + text(f.getValue()));
                }
            }
            if (parts.isEmpty()) {
                parts.add(flat(after));
            }
        } else if (after != null) {
            parts.add(flat(after));
        } else if (before != null) {
            parts.add(flat(before) + " \u2192 \u2014");
        }
        return String.join("; ", parts);
    }

    private static String flat(JsonNode node) {
        List<String> parts = new ArrayList<>();
        node.fields().forEachRemaining(f -> {
            if (!f.getValue().isNull()) {
                parts.add(f.getKey() + ": " + text(f.getValue()));
            }
        });
        return String.join(", ", parts);
    }

    private static String text(JsonNode v) {
        String s = v.isNull() ? "\u2014" : v.isValueNode() ? v.asText() : v.toString();
        s = s.replace('\n', ' ');
        return s.length() <= VALUE_CHARS ? s : s.substring(0, VALUE_CHARS - 1) + "\u2026";
    }

    private static JsonNode tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            return null;
        }
    }

    private String message(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? m.message(t) : m.get("history.unexpectedError", e.getClass().getSimpleName());
    }
}
