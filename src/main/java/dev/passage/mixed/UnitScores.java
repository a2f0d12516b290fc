package dev.passage.mixed;

import dev.passage.model.Unit;
import dev.passage.model.VariableValue;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units of a study with one tally of a code and one NUMBER score each, split into the units that have both and the units
 * left out (no text, no score). Shared by the joint display and the side-by-side quotes.
 */
record UnitScores(List<UnitPoint> points, List<ExcludedUnit> excluded) {

    static UnitScores of(StudySnapshot study, CodeSet code, Map<Long, VariableValue> scores, PrevalenceMeasure measure) {
        Map<Long, Tally> tallies = CodeCounter.perGroup(List.of(code), study, study.carriers(false), Carrier::unitId).getFirst();
        List<UnitPoint> points = new ArrayList<>();
        List<ExcludedUnit> excluded = new ArrayList<>();
        for (Unit u : study.units()) {
            Tally t = tallies.getOrDefault(u.id(), Tally.of(0, 0, 0, 0, 0));
            VariableValue v = scores.get(u.id());
            Double prevalence = measure.of(t);
            boolean noText = !t.hasText() || prevalence == null;
            boolean noScore = v == null || v.number() == null;
            if (noText || noScore) {
                excluded.add(new ExcludedUnit(u.id(), u.name(), noText && noScore ? "no text and no score" : noText ? "no text" : "no score"));
            } else {
                points.add(new UnitPoint(u.id(), u.name(), prevalence, v.number(), t));
            }
        }
        return new UnitScores(points, excluded);
    }

    static Map<Long, VariableValue> load(Database database, long variableId) {
        return new LinkedHashMap<>(database.read(a -> a.variables().values(variableId)));
    }
}
