package dev.passage.export;

import dev.passage.model.VariableValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of an excerpt export and each row's cells, shared by CSV, XLSX and JSON so that all three hold the same
 * table. A cell is a {@link Number}, a {@link String} or {@code null} (missing).
 */
public final class ExcerptTable {
    /** A column: its header, a sensible width in characters, and whether it holds long text that should wrap. */
    public record Column(String header, int width, boolean longText, boolean numeric) {
    }

    static final List<Column> FIXED = List.of(
        new Column("coding_id", 10, false, true), new Column("code_path", 32, false, false), new Column("code_id", 8, false, true),
        new Column("document", 30, false, false), new Column("unit", 20, false, false), new Column("respondent", 12, false, false),
        new Column("question", 30, false, false), new Column("speaker", 16, false, false), new Column("timestamp", 11, false, false),
        new Column("coder", 12, false, false), new Column("created", 21, false, false), new Column("start", 8, false, true),
        new Column("end", 8, false, true), new Column("start_cp", 8, false, true), new Column("end_cp", 8, false, true),
        new Column("text", 70, true, false), new Column("memo", 40, true, false),
        new Column("memo_author", 12, false, false), new Column("memo_updated", 21, false, false));

    /** The fixed column headers, which variable columns must not repeat. */
    static final Set<String> FIXED_HEADERS = FIXED.stream().map(Column::header).collect(Collectors.toUnmodifiableSet());

    private ExcerptTable() {
    }

    public static List<Column> columns(List<VariableColumn> variables) {
        List<Column> out = new ArrayList<>(FIXED);
        for (VariableColumn v : variables) {
            out.add(new Column(v.header(), Math.max(10, Math.min(24, v.header().length() + 2)), false, v.isNumber()));
        }
        return List.copyOf(out);
    }

    public static List<Object> cells(Excerpt e, List<VariableColumn> variables) {
        List<Object> out = new ArrayList<>(FIXED.size() + variables.size());
        out.add(e.codingId());
        out.add(e.codePath());
        out.add(e.codeId());
        out.add(e.documentName());
        out.add(e.unit());
        out.add(e.respondent());
        out.add(e.question());
        out.add(e.speaker());
        out.add(e.timestampMs() == null ? null : clock(e.timestampMs()));
        out.add(e.coder());
        out.add(e.created() == null ? null : e.created().toString());
        out.add(e.start());
        out.add(e.end());
        out.add(e.startCodePoint());
        out.add(e.endCodePoint());
        out.add(e.text());
        boolean memo = e.memo() != null && !e.memo().isEmpty();
        out.add(memo ? e.memo() : null);
        out.add(memo ? e.memoAuthor() : null);
        out.add(memo && e.memoUpdated() != null ? e.memoUpdated().toString() : null);
        for (int i = 0; i < variables.size(); i++) {
            VariableValue v = e.variables().get(i);
            out.add(v == null ? null : variables.get(i).isNumber() && v.number() != null ? (Object) v.number() : v.display());
        }
        return out;
    }

    /** A cell as text: numbers without a needless ".0", missing as "". */
    static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case Double d -> d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : Double.toString(d);
            default -> cell.toString();
        };
    }

    /** A media time as H:MM:SS, with milliseconds when there are any. */
    static String clock(long ms) {
        long s = ms / 1000;
        String out = String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
        return ms % 1000 == 0 ? out : out + String.format(".%03d", ms % 1000);
    }
}
