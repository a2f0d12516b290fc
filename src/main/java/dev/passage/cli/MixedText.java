package dev.passage.cli;

import dev.passage.mixed.Correlation;
import dev.passage.mixed.ExcludedUnit;
import dev.passage.mixed.Tally;

import java.util.List;
import java.util.Locale;

/** Text renderings shared by the mixed-methods commands. */
final class MixedText {
    private MixedText() {
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String decimal(Double d) {
        return d == null ? "–" : String.format(Locale.ROOT, "%.3f", d);
    }

    /** "4 seg · 33.3% chars · 2/2" or "no text". */
    static String cell(Tally t) {
        if (!t.hasText()) {
            return Tally.NO_TEXT;
        }
        return t.segments() + " · " + percent(t.shareChars()) + " · " + t.carriers() + "/" + t.carrierTotal();
    }

    static String correlation(Correlation c) {
        if (!c.computable()) {
            return String.format(Locale.ROOT, "%-15s n = %d: %s", c.method(), c.n(), c.notComputable());
        }
        String ci = c.ciLow() == null ? c.ciNote() : String.format(Locale.ROOT, "95%% CI [%.3f, %.3f]", c.ciLow(), c.ciHigh());
        String p = c.pValue() < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", c.pValue());
        return String.format(Locale.ROOT, "%-15s = %6.3f   %s   n = %d   %s", c.method(), c.coefficient(), p, c.n(), ci);
    }

    static void excluded(Output out, List<ExcludedUnit> excluded) {
        for (ExcludedUnit e : excluded) {
            out.line("  left out: " + e.unitName() + " (" + e.reason() + ")");
        }
    }

    static void definition(Output out, String definition) {
        out.line("");
        for (String line : definition.split("\n")) {
            out.line("  " + line);
        }
    }
}
