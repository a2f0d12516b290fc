package dev.passage.mixed;

import dev.passage.model.Variable;
import dev.passage.model.VariableValue;

import java.util.Map;

/** Builds the {@link JointDisplay} of one code against one NUMBER unit variable. */
final class JointDisplayBuilder {
    private static final String POPULATION = "units with both text and a score";

    private JointDisplayBuilder() {
    }

    static JointDisplay build(StudySnapshot study, CodeSet code, Variable score, Map<Long, VariableValue> values,
                              PrevalenceMeasure measure, CodeAggregation aggregation, BootstrapSettings bootstrap) {
        UnitScores units = UnitScores.of(study, code, values, measure);
        double[] x = units.points().stream().mapToDouble(UnitPoint::prevalence).toArray();
        double[] y = units.points().stream().mapToDouble(UnitPoint::score).toArray();
        Correlation pearson = CorrelationStats.pearson(x, y, bootstrap, POPULATION);
        Correlation spearman = CorrelationStats.spearman(x, y, bootstrap, POPULATION);
        String definition = String.join("\n",
            "Prevalence of " + code.label() + ", counted as " + aggregation.description() + ": " + measure.description() + ".",
            "Score: the unit variable " + score.name() + ".",
            pearson.definition(),
            spearman.definition(),
            units.excluded().isEmpty() ? "No unit is left out."
                                       : units.excluded().size() + " unit(s) left out, each listed with the reason (no text, no score).");
        return new JointDisplay(code.label(), score.name(), measure, aggregation, units.points(), units.excluded(), pearson, spearman,
                                definition);
    }
}
