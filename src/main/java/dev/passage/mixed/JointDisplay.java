package dev.passage.mixed;

import java.util.List;

/**
 * Code prevalence against a unit score: one point per unit with text and a score, the units left out with their reason,
 * and both correlations. {@code definition} explains the measure and the population.
 */
public record JointDisplay(String codePath, String variable, PrevalenceMeasure measure, CodeAggregation aggregation,
                           List<UnitPoint> points, List<ExcludedUnit> excluded, Correlation pearson, Correlation spearman,
                           String definition) {
    public JointDisplay {
        points = List.copyOf(points);
        excluded = List.copyOf(excluded);
    }
}
