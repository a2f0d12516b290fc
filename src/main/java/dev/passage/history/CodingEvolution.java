package dev.passage.history;

import dev.passage.model.EditRecord;
import dev.passage.model.HistoryEntry;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How the coding evolved, for reports: per month (UTC) and coder, how many edits, codings applied and removed, codebook edits
 * and undos. Bulk edits count their items (an autocode of 5,000 hits applies 5,000 codings in one edit).
 */
public record CodingEvolution(List<Row> rows, int edits) {
    public record Row(YearMonth month, String coder, int edits, int codingsApplied, int codingsRemoved, int codebookEdits, int undone) {
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** Summarises entries in any order. */
    public static CodingEvolution of(List<HistoryEntry> entries) {
        record Key(YearMonth month, String coder) {
        }
        Map<Key, int[]> sums = new TreeMap<>(Comparator.comparing(Key::month).thenComparing(Key::coder));
        for (HistoryEntry e : entries) {
            int[] s = sums.computeIfAbsent(new Key(YearMonth.from(e.when().atOffset(ZoneOffset.UTC)), e.coder()), k -> new int[5]);
            s[0]++;
            String base = EditHistory.baseAction(e.action());
            boolean undo = e.action().startsWith(EditRecord.UNDO);
            if (base.equals("coding.add")) {
                s[undo ? 2 : 1] += e.count();
            } else if (base.equals("coding.remove")) {
                s[undo ? 1 : 2] += e.count();
            } else if (base.startsWith("code.") || base.equals("qdc.import")) {
                s[3]++;
            }
            if (undo) {
                s[4]++;
            }
        }
        List<Row> rows = new ArrayList<>();
        sums.forEach((k, s) -> rows.add(new Row(k.month(), k.coder(), s[0], s[1], s[2], s[3], s[4])));
        return new CodingEvolution(List.copyOf(rows), entries.size());
    }
}
