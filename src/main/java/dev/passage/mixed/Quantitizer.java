package dev.passage.mixed;

import dev.passage.errors.Text;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns code counts into numbers: tidy unit x code rows, and the values of quantitized unit or respondent variables. */
final class Quantitizer {
    /** Prefix of the variables quantitizing writes: {@code code:PATH:MEASURE}. */
    static final String PREFIX = "code:";
    private static final int MAX_NAME = 200;

    private Quantitizer() {
    }

    static String variableName(String codePath, String measure) {
        String name = PREFIX + codePath + ":" + measure;
        if (name.length() > MAX_NAME) {
            throw new MixedMethodsException(Text.of("mixed.variableNameCodeWould", codePath, name.length(), MAX_NAME));
        }
        return name;
    }

    /** One row per unit and code, in unit then code order, with every unit variable except quantitized ones. */
    static List<TidyRow> tidy(CodeUnitMatrix matrix, List<Variable> unitVariables, Map<Long, Map<Long, VariableValue>> values) {
        List<TidyRow> out = new ArrayList<>();
        for (int u = 0; u < matrix.units().size(); u++) {
            MatrixUnit unit = matrix.units().get(u);
            Map<String, String> scores = new LinkedHashMap<>();
            for (Variable v : scoreVariables(unitVariables)) {
                VariableValue value = values.getOrDefault(v.id(), Map.of()).get(unit.unitId());
                if (value != null) {
                    scores.put(v.name(), v.type() == VariableType.NUMBER && value.number() != null ? Formats.number(value.number()) : value.display());
                }
            }
            for (MatrixRow row : matrix.rows()) {
                Tally t = row.cells().get(u);
                out.add(new TidyRow(unit.name(), row.codePath(), t.segments(), t.codedChars(), t.textChars(), t.shareChars(), t.carriers(),
                                    t.carrierTotal(), t.shareCarriers(), scores));
            }
        }
        return out;
    }

    /** The unit variables that go into the tidy table as score columns: all but the quantitized ones. */
    static List<Variable> scoreVariables(List<Variable> unitVariables) {
        return unitVariables.stream().filter(v -> v.scope() == VariableScope.UNIT && !v.name().startsWith(PREFIX)).toList();
    }

    /** Per unit: segments, share_chars, share_carriers; units without text get no value (missing, not 0). */
    static Map<String, Map<Long, Double>> unitValues(CodeUnitMatrix matrix) {
        Map<String, Map<Long, Double>> out = new LinkedHashMap<>();
        for (MatrixRow row : matrix.rows()) {
            Map<Long, Double> segments = new LinkedHashMap<>();
            Map<Long, Double> chars = new LinkedHashMap<>();
            Map<Long, Double> carriers = new LinkedHashMap<>();
            for (int u = 0; u < matrix.units().size(); u++) {
                Tally t = row.cells().get(u);
                long unit = matrix.units().get(u).unitId();
                if (t.hasText()) {
                    segments.put(unit, (double) t.segments());
                    chars.put(unit, t.shareChars());
                    if (t.shareCarriers() != null) {
                        carriers.put(unit, t.shareCarriers());
                    }
                }
            }
            out.put(variableName(row.codePath(), "segments"), segments);
            out.put(variableName(row.codePath(), "share_chars"), chars);
            out.put(variableName(row.codePath(), "share_carriers"), carriers);
        }
        return out;
    }

    /** Per respondent: segments, share_chars and carries (1 or 0) over all their answers; respondents without text stay missing. */
    static Map<String, Map<Long, Double>> respondentValues(StudySnapshot study, List<CodeSet> codes) {
        List<Map<Long, Tally>> perRespondent = CodeCounter.perGroup(codes, study, study.carriers(false),
                                                                    c -> c.kind() == Carrier.Kind.RESPONDENT ? c.id() : null);
        Map<String, Map<Long, Double>> out = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            Map<Long, Double> segments = new LinkedHashMap<>();
            Map<Long, Double> chars = new LinkedHashMap<>();
            Map<Long, Double> carries = new LinkedHashMap<>();
            perRespondent.get(i).forEach((respondent, t) -> {
                if (t.hasText()) {
                    segments.put(respondent, (double) t.segments());
                    chars.put(respondent, t.shareChars());
                    carries.put(respondent, t.carriers() > 0 ? 1.0 : 0.0);
                }
            });
            String path = codes.get(i).label();
            out.put(variableName(path, "segments"), segments);
            out.put(variableName(path, "share_chars"), chars);
            out.put(variableName(path, "carries"), carries);
        }
        return out;
    }

    static String definition(VariableScope scope, CodeAggregation aggregation) {
        return scope == VariableScope.UNIT
            ? "Per unit and code (" + aggregation.description() + "): code:PATH:segments (codings), code:PATH:share_chars (coded"
              + " characters / the unit's characters, overlaps merged) and code:PATH:share_carriers (documents/respondents carrying"
              + " the code / all of them). Units without text get no value (missing), never 0."
            : "Per respondent and code (" + aggregation.description() + "): code:PATH:segments, code:PATH:share_chars (over all"
              + " their answers) and code:PATH:carries (1 if any answer carries the code, else 0). Respondents without text stay missing.";
    }
}
