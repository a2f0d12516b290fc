package dev.passage.export;

import java.util.ArrayList;
import java.util.List;

/** Text helpers shared by the report writers. */
final class ReportText {
    private ReportText() {
    }

    /** Removes characters XML 1.0 cannot hold (control characters other than tab and line breaks, U+FFFE, U+FFFF). */
    static final String EVOLUTION_TITLE = "How the coding evolved";
    static final String[] EVOLUTION_COLUMNS = {"Month", "Coder", "Edits", "Codings applied", "Codings removed", "Codebook edits", "Undone"};

    /** The line under the evolution heading. */
    static String evolutionNote(dev.passage.history.CodingEvolution e) {
        return e.edits() + (e.edits() == 1 ? " edit" : " edits") + " in the whole project, by month (UTC) and coder, from its history"
               + " (passage history lists them one by one).";
    }

    static String[] evolutionCells(dev.passage.history.CodingEvolution.Row r) {
        return new String[] {r.month().toString(), r.coder(), Integer.toString(r.edits()), Integer.toString(r.codingsApplied()),
                             Integer.toString(r.codingsRemoved()), Integer.toString(r.codebookEdits()), Integer.toString(r.undone())};
    }

    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == '\uFFFE' || c == '\uFFFF';
            if (bad && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!bad && out != null) {
                out.append(c);
            }
        }
        return out == null ? s : out.toString();
    }

    /** Where an excerpt comes from: document · unit · speaker (time) · coder, leaving out what is unknown. */
    static String source(Excerpt e) {
        List<String> parts = new ArrayList<>();
        parts.add(e.documentName());
        if (e.unit() != null) {
            parts.add(e.unit());
        }
        if (e.question() != null) {
            parts.add(e.question());
        }
        if (e.speaker() != null) {
            parts.add(e.timestampMs() == null ? e.speaker() : e.speaker() + " (" + ExcerptTable.clock(e.timestampMs()) + ")");
        }
        parts.add("coded by " + e.coder());
        return String.join(" · ", parts);
    }

    /** An excerpt's memo credited to whoever wrote it and when: "Memo (ben, 2026-03-02): text". */
    static String memo(Excerpt e) {
        List<String> credit = new ArrayList<>();
        if (e.memoAuthor() != null) {
            credit.add(e.memoAuthor());
        }
        if (e.memoUpdated() != null) {
            credit.add(e.memoUpdated().atZone(java.time.ZoneOffset.UTC).toLocalDate().toString());
        }
        return (credit.isEmpty() ? "Memo: " : "Memo (" + String.join(", ", credit) + "): ") + e.memo();
    }

    static String counts(CodeSummary c) {
        return c.segments() + (c.segments() == 1 ? " segment" : " segments") + " in " + c.documents()
               + (c.documents() == 1 ? " document" : " documents");
    }
}
