package dev.passage.cli;

import dev.passage.team.Transfer;

import java.util.LinkedHashMap;
import java.util.Map;

/** What push and pull print: from where to where, and how many of each kind were copied (as JSON with --json). */
final class TransferReport {
    /** The user's words for the tables (a table not named here shows by its own name). */
    private static final Map<String, String> KINDS = Map.ofEntries(
        Map.entry("project", "project"), Map.entry("coder", "coders"), Map.entry("unit", "units"),
        Map.entry("respondent", "respondents"), Map.entry("document", "documents"),
        Map.entry("document_attribute", "document attributes"), Map.entry("speaker_turn", "speaker turns"),
        Map.entry("code", "codes"), Map.entry("coding", "codings"), Map.entry("memo", "memos"),
        Map.entry("variable", "variables"), Map.entry("variable_value", "variable values"),
        Map.entry("document_set", "document sets"), Map.entry("document_set_member", "set members"),
        Map.entry("edit_history", "history entries"), Map.entry("adjudication", "adjudications"),
        Map.entry("team_member", "team members"));

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
            moved.rows().forEach((table, n) -> out.line(String.format("  %-20s %,9d", kindOf(table), n)));
        });
    }

    static String kindOf(String table) {
        return KINDS.getOrDefault(table, table.replace('_', ' '));
    }
}
