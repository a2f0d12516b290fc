package dev.passage.mixed;

import dev.passage.errors.Text;

import java.util.Locale;

/**
 * How a variable's values become crosstab groups: its labels (CATEGORY/TEXT), tertiles of a NUMBER/DATE, or a threshold
 * ({@code <= t} vs {@code > t}).
 */
public sealed interface GroupSplit {
    record ByLabel() implements GroupSplit {
    }

    /**
     * Low / middle / high at the 1/3 and 2/3 quantiles (R type 7) of the owners' values, each owner (unit, document or
     * respondent) counted once. A value equal to a cut point goes to the lower group, as with a threshold.
     */
    record Tertiles() implements GroupSplit {
    }

    record Threshold(double value) implements GroupSplit {
    }

    /** Parses the command-line form: "tertiles" or a number (the threshold); null means "by label" / "tertiles" by type. */
    static GroupSplit parse(String text) {
        if (text == null) {
            return null;
        }
        if (text.strip().toLowerCase(Locale.ROOT).equals("tertiles")) {
            return new Tertiles();
        }
        try {
            double t = Double.parseDouble(text.strip());
            if (Double.isFinite(t)) {
                return new Threshold(t);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new MixedMethodsException(Text.of("mixed.splitTakesTertilesNumber", text));
    }
}
