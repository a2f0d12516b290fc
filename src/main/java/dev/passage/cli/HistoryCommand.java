package dev.passage.cli;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.history.EditHistory;
import dev.passage.history.HistoryTimes;
import dev.passage.model.HistoryEntry;
import dev.passage.model.HistoryFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

@Command(name = "history",
         description = {"List the project's edits, newest first: when, who, what, and the values before and after.",
                        "--coder C lists only C's edits; --csv FILE writes them (oldest first) as CSV for R or pandas."})
final class HistoryCommand extends PassageCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON_READER = new com.fasterxml.jackson.databind.ObjectMapper();

    @Mixin
    ProjectOptions project = new ProjectOptions();

    @Option(names = "--since", paramLabel = "T", description = "Only edits at or after T: an ISO date (2026-12-01) or date-time "
                                                               + "(2026-12-01T14:30, 2026-12-01T14:30:00Z); without a zone, UTC.")
    String since;

    @Option(names = "--until", paramLabel = "T", description = "Only edits before T (same forms as --since).")
    String until;

    @Option(names = "--action", paramLabel = "A", description = "Only this action (code.rename), or a family ending in '.' (coding.); "
                                                                + "undo and redo of it are included.")
    String action;

    @Option(names = "--limit", paramLabel = "N", description = "At most N edits (default: all).")
    int limit;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the edits to FILE as CSV instead of listing them.")
    Path csv;
    @picocli.CommandLine.Mixin
    CsvOptions csvOptions = new CsvOptions();

    @Override
    public Integer call() throws Exception {
        if (limit < 0) {
            throw new PassageException(ErrorKind.BAD_INPUT, "--limit takes 0 (all) or more, not " + limit);
        }
        HistoryFilter filter = new HistoryFilter(project.session.coder, time("--since", since), time("--until", until), action, limit);
        Output out = output(project.json());
        try (var session = project.open()) {
            EditHistory history = session.editHistory();
            if (csv != null) {
                int rows = history.writeCsv(csv, filter, csvOptions.style());
                out.result(Map.of("file", csv.toAbsolutePath().toString(), "edits", rows),
                           () -> out.line("Wrote " + rows + " edits to " + csv));
                return 0;
            }
            List<HistoryEntry> entries = history.list(filter);
            out.result(entries.stream().map(HistoryCommand::json).toList(), () -> {
                out.line(String.format("%-19s %-12s %-22s %-30s %s", "when (UTC)", "coder", "action", "object", "before -> after"));
                entries.forEach(e -> out.line(String.format("%-19s %-12s %-22s %-30s %s", WHEN.format(e.when()), Output.ellipsize(e.coder(), 12),
                                                            Output.ellipsize(e.action(), 22), Output.ellipsize(object(e), 30), change(e))));
                out.line(entries.size() + (entries.size() == 1 ? " edit" : " edits"));
            });
        }
        return 0;
    }

    private static Instant time(String option, String value) {
        if (value == null) {
            return null;
        }
        return HistoryTimes.parse(value, ZoneId.of("UTC"))
                           .orElseThrow(() -> new PassageException(ErrorKind.BAD_INPUT, option + " \"" + value + "\" is not a date or time;"
                                                                                        + " use an ISO date such as 2026-12-01 or a date-time"
                                                                                        + " such as 2026-12-01T14:30 or 2026-12-01T14:30:00Z"));
    }

    /** An entry for --json, with before/after as JSON objects rather than strings. */
    private static Map<String, Object> json(HistoryEntry e) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", e.id());
        m.put("when", e.when());
        m.put("coder", e.coder());
        m.put("action", e.action());
        m.put("objectKind", e.objectKind());
        m.put("objectId", e.objectId());
        m.put("objectName", e.objectName());
        m.put("summary", e.summary());
        m.put("count", e.count());
        m.put("before", tree(e.beforeJson()));
        m.put("after", tree(e.afterJson()));
        return m;
    }

    private static Object tree(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON_READER.readTree(json);
        } catch (java.io.IOException ex) {
            return json;
        }
    }

    private static String object(HistoryEntry e) {
        String name = e.objectName() == null ? "" : e.objectName();
        return (e.objectKind() + " " + name).strip() + (e.count() > 1 ? " (" + e.count() + ")" : "");
    }

    private static String change(HistoryEntry e) {
        String before = e.beforeJson() == null ? "" : Output.ellipsize(e.beforeJson(), 60);
        String after = e.afterJson() == null ? "" : Output.ellipsize(e.afterJson(), 60);
        return before.isEmpty() ? after : after.isEmpty() ? before + " -> (gone)" : before + " -> " + after;
    }
}
