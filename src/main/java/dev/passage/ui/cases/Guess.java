package dev.passage.ui.cases;

import dev.passage.cases.CellValues;
import dev.passage.cases.Table;
import dev.passage.cases.TableRow;
import dev.passage.model.VariableType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Sensible first choices for an import's columns, which the user can change: the id, the unit and the free-text columns. */
final class Guess {
    private static final Pattern UNIT_HEADER = Pattern.compile("(?i)(unit|units|unit_?name|enhed|enhedsnavn|afdeling|enhet|avdelning|site|case)");
    private static final Pattern RESPONDENT_HEADER = Pattern.compile("(?i).*(respondent|resp_?id|participant).*|id|.*_id");
    /** Answers this long on average read as free text, not as labels. */
    private static final int FREE_TEXT_LENGTH = 25;

    private Guess() {
    }

    /** The column naming the units: one headed like "unit", else the first column of distinct, non-numeric names. */
    static String unitIdColumn(Table table) {
        for (String h : table.headers()) {
            if (UNIT_HEADER.matcher(h.strip()).matches()) {
                return h;
            }
        }
        for (int i = 0; i < table.headers().size(); i++) {
            List<String> values = values(table, i);
            if (!values.isEmpty() && new HashSet<>(values).size() == values.size() && CellValues.infer(values) != VariableType.NUMBER) {
                return table.headers().get(i);
            }
        }
        return table.headers().isEmpty() ? null : table.headers().getFirst();
    }

    /** The respondent id column: headed like "respondent_id" or "id", else the first column of distinct values. */
    static String respondentColumn(Table table) {
        for (String h : table.headers()) {
            if (RESPONDENT_HEADER.matcher(h.strip()).matches()) {
                return h;
            }
        }
        for (int i = 0; i < table.headers().size(); i++) {
            List<String> values = values(table, i);
            if (!values.isEmpty() && new HashSet<>(values).size() == values.size()) {
                return table.headers().get(i);
            }
        }
        return table.headers().isEmpty() ? null : table.headers().getFirst();
    }

    /**
     * The column placing respondents in units: the one whose values name the most of the project's units (at least one),
     * else one headed like "unit"; null when none fits.
     */
    static String unitColumn(Table table, Collection<String> units, String except) {
        Set<String> known = new HashSet<>();
        units.forEach(u -> known.add(u.toLowerCase(Locale.ROOT)));
        String best = null;
        long bestHits = 0;
        for (int i = 0; i < table.headers().size(); i++) {
            if (table.headers().get(i).equals(except)) {
                continue;
            }
            long hits = values(table, i).stream().filter(v -> known.contains(v.toLowerCase(Locale.ROOT))).count();
            if (hits > bestHits) {
                best = table.headers().get(i);
                bestHits = hits;
            }
        }
        if (best != null) {
            return best;
        }
        return table.headers().stream().filter(h -> !h.equals(except) && UNIT_HEADER.matcher(h.strip()).matches()).findFirst().orElse(null);
    }

    /** The columns that look like free-text answers: read as text (not number, date or a few labels) and long on average. */
    static List<String> textColumns(Table table, Collection<String> except) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String h = table.headers().get(i);
            if (except.contains(h)) {
                continue;
            }
            List<String> values = values(table, i);
            double mean = values.stream().mapToInt(String::length).average().orElse(0);
            if (!values.isEmpty() && CellValues.infer(values) == VariableType.TEXT && mean >= FREE_TEXT_LENGTH) {
                out.add(h);
            }
        }
        return out;
    }

    private static List<String> values(Table table, int column) {
        List<String> out = new ArrayList<>();
        for (TableRow r : table.rows()) {
            String v = r.cell(column);
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return out;
    }
}
