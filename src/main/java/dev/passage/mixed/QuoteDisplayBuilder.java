package dev.passage.mixed;

import dev.passage.errors.Text;
import dev.passage.model.DocumentCase;
import dev.passage.model.Segment;
import dev.passage.model.Variable;
import dev.passage.model.VariableValue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ranks the units by a score and picks representative segments of a code from both ends. */
final class QuoteDisplayBuilder {
    private QuoteDisplayBuilder() {
    }

    /** {@code segments}: every segment of the code, in document order (by document name, then start). */
    static QuoteDisplay build(StudySnapshot study, CodeSet code, Variable score, Map<Long, VariableValue> values, List<Segment> segments,
                              QuoteSelection selection, int perUnit, int unitsPerSide) {
        if (perUnit < 1 || unitsPerSide < 1) {
            throw new MixedMethodsException(Text.of("mixed.quotesNeedLeastSegment"));
        }
        UnitScores units = UnitScores.of(study, code, values, PrevalenceMeasure.CARRIERS);
        List<UnitPoint> byScore = new ArrayList<>(units.points());
        byScore.sort(Comparator.comparingDouble(UnitPoint::score).reversed().thenComparing(UnitPoint::unitName));
        List<RankedUnit> ranking = new ArrayList<>();
        for (int i = 0; i < byScore.size(); i++) {
            UnitPoint p = byScore.get(i);
            int rank = i > 0 && byScore.get(i - 1).score() == p.score() ? ranking.get(i - 1).rank() : i + 1;
            ranking.add(new RankedUnit(rank, p.unitId(), p.unitName(), p.score(), p.tally()));
        }

        Map<Long, Long> unitOfDoc = new HashMap<>();
        for (DocumentCase d : study.documents()) {
            if (d.unitId() != null) {
                unitOfDoc.put(d.documentId(), d.unitId());
            }
        }
        Map<Long, List<Segment>> byUnit = new HashMap<>();
        for (Segment s : segments) {
            Long unit = unitOfDoc.get(s.documentId());
            if (unit != null) {
                byUnit.computeIfAbsent(unit, k -> new ArrayList<>()).add(s);
            }
        }
        int high = Math.min(unitsPerSide, (ranking.size() + 1) / 2);
        int low = Math.min(unitsPerSide, ranking.size() - high);
        List<UnitQuotes> highest = new ArrayList<>();
        for (int i = 0; i < high; i++) {
            highest.add(quotes(ranking.get(i), byUnit, selection, perUnit));
        }
        List<UnitQuotes> lowest = new ArrayList<>();
        for (int i = ranking.size() - 1; i >= ranking.size() - low; i--) {
            lowest.add(quotes(ranking.get(i), byUnit, selection, perUnit));
        }
        String definition = String.join("\n",
            "Units with text and a score of " + score.name() + ", ranked from the highest score (rank 1; equal scores share a rank).",
            "Highest: the top " + high + " unit(s); lowest: the bottom " + low + " unit(s); no unit is on both sides.",
            "Quotes of " + code.label() + " per unit: " + selection.description(perUnit) + ".",
            units.excluded().isEmpty() ? "No unit is left out." : units.excluded().size() + " unit(s) left out, each listed with the reason.");
        return new QuoteDisplay(code.label(), score.name(), selection, perUnit, ranking, highest, lowest, units.excluded(), definition);
    }

    private static UnitQuotes quotes(RankedUnit unit, Map<Long, List<Segment>> byUnit, QuoteSelection selection, int k) {
        List<Segment> all = byUnit.getOrDefault(unit.unitId(), List.of());
        List<Segment> chosen = selection == QuoteSelection.FIRST
            ? all.stream().limit(k).toList()
            : all.stream().sorted(Comparator.comparingInt((Segment s) -> s.end() - s.start()).reversed()).limit(k).toList();
        return new UnitQuotes(unit.rank(), unit.unitId(), unit.unitName(), unit.score(), all.size(), chosen);
    }
}
