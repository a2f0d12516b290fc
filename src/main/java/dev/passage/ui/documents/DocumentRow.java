package dev.passage.ui.documents;

import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One document as the documents pane lists it: name, unit (or null), speakers, length in characters, codings and the share of
 * its characters covered by at least one coding (0..1). Attributes keep their stored order. {@code question} is set for a
 * survey answer (the question it answers) and null for an interview. {@code language} is the one its text is searched in
 * (detected at import, changeable; null when not known).
 */
public record DocumentRow(long id, String name, String unit, int speakerCount, int turnCount, int length, int codingCount,
                          double codedShare, Map<String, String> attributes, DocumentFormat format, Instant importedAt,
                          String question, Language language) {

    public DocumentRow {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** An interview or other document, not a survey answer. */
    public DocumentRow(long id, String name, String unit, int speakerCount, int turnCount, int length, int codingCount,
                       double codedShare, Map<String, String> attributes, DocumentFormat format, Instant importedAt) {
        this(id, name, unit, speakerCount, turnCount, length, codingCount, codedShare, attributes, format, importedAt, null, null);
    }

    public boolean isSurveyAnswer() {
        return question != null;
    }

    /** The attributes worth showing: all but a "unit" or "language" attribute that only repeats the unit or language. */
    public Map<String, String> shownAttributes() {
        Map<String, String> out = new LinkedHashMap<>(attributes);
        String u = out.get("unit");
        if (u != null && u.equals(unit)) {
            out.remove("unit");
        }
        String l = out.get("language");
        if (l != null && language != null && l.strip().equalsIgnoreCase(language.code())) {
            out.remove("language");
        }
        return out;
    }

    /** True when every word of the filter occurs in the name, the unit or an attribute ("leader", "role=leader"). */
    public boolean matches(String filter) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String hay = haystack();
        for (String word : filter.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            if (!hay.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private String haystack() {
        StringBuilder b = new StringBuilder(name).append('\n');
        if (unit != null) {
            b.append(unit).append('\n');
        }
        attributes.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
