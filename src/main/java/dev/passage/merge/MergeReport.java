package dev.passage.merge;

import dev.passage.errors.Text;

import java.util.List;
import java.util.Locale;

/**
 * What a merge added, matched and found in conflict; the same report is the preview (nothing written yet, {@code written}
 * false) and the result. {@code notCarried} lists what reading OTHER could not take over (from a .qdpx).
 */
public record MergeReport(String source, boolean written, List<String> documentsAdded, List<String> documentsMatched,
                          List<String> codesAdded, List<String> codesMatched, int codingsAdded, int codingsAlreadyThere,
                          int memosAdded, int memosAlreadyThere, int unitsAdded, int variablesAdded, int valuesAdded,
                          int respondentsAdded, int setsAdded, int setMembersAdded, List<Conflict> conflicts,
                          List<String> notCarried) {
    public MergeReport {
        documentsAdded = List.copyOf(documentsAdded);
        documentsMatched = List.copyOf(documentsMatched);
        codesAdded = List.copyOf(codesAdded);
        codesMatched = List.copyOf(codesMatched);
        conflicts = List.copyOf(conflicts);
        notCarried = List.copyOf(notCarried);
    }

    /**
     * One thing that could not be brought together as it was: what ({@code kind}: document, answer, variable or value;
     * {@code item}) and what was done instead ({@code resolution}, a core text in the user's language).
     */
    public record Conflict(String kind, String item, Text resolution) {
        /** In English (the command line). */
        public String line() {
            return line(Locale.ENGLISH);
        }

        /** In {@code locale}: its kind, the item and the resolution. */
        public String line(Locale locale) {
            return Text.of("merge.kind." + kind).in(locale) + " " + item + ": " + resolution.in(locale);
        }
    }

    /** Whether the merge adds nothing at all (e.g. the same copy merged again). */
    public boolean addsNothing() {
        return documentsAdded.isEmpty() && codesAdded.isEmpty() && codingsAdded == 0 && memosAdded == 0 && unitsAdded == 0
               && variablesAdded == 0 && valuesAdded == 0 && respondentsAdded == 0 && setsAdded == 0 && setMembersAdded == 0;
    }

    /** The report as lines for people (the CLI's text output and the window's report). */
    public List<String> lines() {
        List<String> out = new java.util.ArrayList<>();
        out.add("Documents: " + documentsAdded.size() + " added, " + documentsMatched.size() + " matched");
        out.add("Codes: " + codesAdded.size() + " added, " + codesMatched.size() + " matched");
        out.add("Codings: " + codingsAdded + " added, " + codingsAlreadyThere + " already there");
        out.add("Memos: " + memosAdded + " added, " + memosAlreadyThere + " already there");
        out.add("Units: " + unitsAdded + " added; variables: " + variablesAdded + " added; values: " + valuesAdded + " added");
        out.add("Respondents: " + respondentsAdded + " added; document sets: " + setsAdded + " added, " + setMembersAdded
                + " memberships added");
        documentsAdded.forEach(d -> out.add("  + document " + d));
        codesAdded.forEach(c -> out.add("  + code " + c));
        codesMatched.stream().filter(c -> c.contains("(")).forEach(c -> out.add("  = code " + c));
        conflicts.forEach(c -> out.add("  ! " + c.line()));
        notCarried.forEach(n -> out.add("  - not carried over: " + n));
        return out;
    }
}
