package dev.passage.ui.documents;

import java.util.List;

/**
 * A line of the documents tree: a heading (with its documents' count and coded share) or a document. Headings are units,
 * and for survey answers the "Survey answers" heading, a question under it and the units under each question
 * ({@code question} names the question for the last two kinds).
 */
public record DocumentsTreeEntry(Kind kind, String unit, String question, DocumentRow document, int documentCount, double codedShare) {
    /** What a line is. */
    public enum Kind { UNIT, SURVEY, QUESTION, DOCUMENT }

    public DocumentsTreeEntry(String unit, DocumentRow document, int documentCount, double codedShare) {
        this(document == null ? Kind.UNIT : Kind.DOCUMENT, unit, document == null ? null : document.question(), document, documentCount,
             codedShare);
    }

    public static DocumentsTreeEntry of(DocumentRow row) {
        return new DocumentsTreeEntry(row.unit(), row, 1, row.codedShare());
    }

    /** A unit heading; the coded share is over all the unit's characters. */
    public static DocumentsTreeEntry group(String unit, List<DocumentRow> rows) {
        return heading(Kind.UNIT, unit, null, rows);
    }

    /** The "Survey answers" heading over every answer. */
    public static DocumentsTreeEntry survey(List<DocumentRow> rows) {
        return heading(Kind.SURVEY, null, null, rows);
    }

    /** A question's heading: its answers (in every unit). */
    public static DocumentsTreeEntry question(String question, List<DocumentRow> rows) {
        return heading(Kind.QUESTION, null, question, rows);
    }

    /** A unit's heading under a question: that unit's answers to it. */
    public static DocumentsTreeEntry answersOf(String unit, String question, List<DocumentRow> rows) {
        return heading(Kind.UNIT, unit, question, rows);
    }

    private static DocumentsTreeEntry heading(Kind kind, String unit, String question, List<DocumentRow> rows) {
        long length = 0;
        double covered = 0;
        for (DocumentRow r : rows) {
            length += r.length();
            covered += r.codedShare() * r.length();
        }
        return new DocumentsTreeEntry(kind, unit, question, null, rows.size(), length == 0 ? 0 : covered / length);
    }

    public boolean isGroup() {
        return document == null;
    }

    /** The name to show under a heading: a survey answer shows its respondent ("R0001 · q_mistakes" reads "R0001"). */
    public String displayName() {
        if (document.isSurveyAnswer()) {
            String suffix = " \u00b7 " + document.question();
            String n = document.name();
            return n.endsWith(suffix) && n.length() > suffix.length() ? n.substring(0, n.length() - suffix.length()) : n;
        }
        return unit == null ? document.name() : shortName();
    }

    /**
     * The document's name as shown under its unit: the unit's name, when the document's name repeats it, is left out
     * ("Interview 01 – Hjemmepleje Nord – leader" under Hjemmepleje Nord reads "Interview 01 – leader").
     */
    public String shortName() {
        return shortName(document.name(), unit);
    }

    static String shortName(String name, String unit) {
        if (unit == null || unit.isBlank()) {
            return name;
        }
        int at = name.toLowerCase(java.util.Locale.ROOT).indexOf(unit.toLowerCase(java.util.Locale.ROOT));
        if (at < 0) {
            return name;
        }
        String before = name.substring(0, at).stripTrailing();
        String after = name.substring(at + unit.length()).stripLeading();
        String sepBefore = SEPARATORS.stream().filter(before::endsWith).findFirst().orElse(null);
        String sepAfter = SEPARATORS.stream().filter(after::startsWith).findFirst().orElse(null);
        String result;
        if (sepBefore != null && sepAfter != null) {
            result = before + " " + after.substring(sepAfter.length()).stripLeading();
        } else if (sepBefore != null && after.isEmpty()) {
            result = before.substring(0, before.length() - sepBefore.length()).stripTrailing();
        } else if (sepAfter != null && before.isEmpty()) {
            result = after.substring(sepAfter.length()).stripLeading();
        } else {
            return name;
        }
        return result.isBlank() ? name : result.strip();
    }

    private static final List<String> SEPARATORS = List.of("\u2013", "\u2014", "-", "/", ",", ":", "|");
}
