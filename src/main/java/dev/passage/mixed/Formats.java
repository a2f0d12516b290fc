package dev.passage.mixed;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as they appear in definitions, labels and CSV: plain decimals with a "." and no exponent, no needless ".0". */
public final class Formats {
    private Formats() {
    }

    /** The shortest decimal that reads back as {@code d}, without exponent ("0.25", "3", "0.0001"). */
    public static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("not a finite number: " + d);
        }
        if (d == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** For labels: rounded half-up to 4 decimals, then as {@link #number} ("1.6667", "2"). */
    public static String label(double d) {
        return number(new BigDecimal(Double.toString(d)).setScale(4, RoundingMode.HALF_UP).doubleValue());
    }
}
