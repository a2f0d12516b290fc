package dev.passage.cli;

import dev.passage.team.Transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What push and pull print: from where to where, and how many of each kind were copied (as JSON with --json). */
final class TransferReport {
    /** The user's words for the tables, in the order they are listed (a table not named here follows by its own name). */
    private static final Map<String, String> KINDS = kinds(
        "project", "project", "document", "documents", "speaker_turn", "speaker turns", "document_attribute", "document attributes",
        "document_set", "document sets", "document_set_member", "set members", "code", "codes", "coding", "codings",
        "memo", "memos", "unit", "units", "respondent", "respondents", "variable", "variables", "variable_value", "variable values",
        "coder", "coders", "adjudication", "adjudications", "team_member", "team members", "edit_history", "history entries");

    private TransferReport() {
    }

    static void print(Output out, Transfer moved, String verb) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", moved.from());
        json.put("to", moved.to());
        json.put("rows", moved.rows());
        json.put("total", moved.total());
        out.result(json, () -> {
            out.line(String.format("%s %s to %s (%,d rows):", verb, moved.from(), moved.to(), moved.total()));
            List<String> tables = new ArrayList<>(moved.rows().keySet());
            tables.sort(Comparator.comparingInt(TransferReport::rank));
            tables.forEach(t -> out.line(String.format("  %-20s %,9d", kindOf(t), moved.count(t))));
        });
    }

    private static int rank(String table) {
        int i = new ArrayList<>(KINDS.keySet()).indexOf(table);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static Map<String, String> kinds(String... pairs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    static String kindOf(String table) {
        return KINDS.getOrDefault(table, table.replace('_', ' '));
    }
}
