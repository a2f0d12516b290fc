package dev.passage.mixed;

import java.util.Map;

/**
 * One row of the tidy unit x code table: the matrix cell of one unit and one code, plus the unit's variable values by
 * name ("" never: a missing value is absent from {@code scores}).
 */
public record TidyRow(String unit, String codePath, int segments, long codedChars, long unitChars, Double shareChars, int carriers,
                      int carrierTotal, Double shareCarriers, Map<String, String> scores) {
    public TidyRow {
        scores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }
}
