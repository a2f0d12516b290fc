package dev.passage.cases;

import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads cell and condition values as typed variable values, and infers a column's type.
 *
 * <p>Numbers: a decimal point or a decimal comma ({@code 3.75}, {@code 3,75}); thousands separators as space, apostrophe,
 * or the other mark ({@code 1 234,5}, {@code 1.234,5}, {@code 1,234.5}, {@code 1.234.567}). A single {@code .} or {@code ,}
 * is always the decimal mark, so {@code 1,234} is 1.234. Dates: ISO {@code 2025-01-31}, or day first
 * {@code 31.01.2025}, {@code 31-01-2025}, {@code 31/01/2025}.
 */
public final class CellValues {
    private static final Pattern GROUP_SPACE = Pattern.compile("(?<=\\d)[\\s\\u00A0\\u202F'’](?=\\d{3}(\\D|$))");
    /** Digits, dots and commas with at least one digit; possessive, so a long run of digits before a letter fails at once. */
    private static final Pattern NUMERIC = Pattern.compile("[+-]?+(?=[.,]*+\\d)[\\d.,]++");
    private static final List<DateTimeFormatter> DATES = List.of(
        DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
        DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
    /** A column of at most this many distinct short values is a CATEGORY (or of at most half as many distinct values as rows). */
    private static final int CATEGORY_LABELS = 20;
    private static final int CATEGORY_LABEL_LENGTH = 60;

    private CellValues() {
    }

    /** A value read from a cell: the number (or a date's epoch day) and/or the text. */
    record Parsed(Double number, String text) {
        VariableValue of(long variableId, long ownerId) {
            return new VariableValue(variableId, ownerId, number, text);
        }
    }

    /** The number written in {@code raw}, or empty. */
    public static Optional<Double> number(String raw) {
        String s = GROUP_SPACE.matcher(raw.strip().replace('−', '-')).replaceAll("");
        if (!NUMERIC.matcher(s).matches()) {
            return Optional.empty();
        }
        int dot = s.lastIndexOf('.');
        int comma = s.lastIndexOf(',');
        String digits;
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char group = decimal == '.' ? ',' : '.';
            int mark = Math.max(dot, comma);
            String whole = s.substring(0, mark);
            if (whole.indexOf(decimal) >= 0 || !grouped(whole, group)) {
                return Optional.empty();
            }
            digits = whole.replace(String.valueOf(group), "") + "." + s.substring(mark + 1);
        } else if (dot >= 0 || comma >= 0) {
            char mark = dot >= 0 ? '.' : ',';
            long count = s.chars().filter(c -> c == mark).count();
            if (count == 1) {
                digits = s.replace(mark, '.');
            } else if (grouped(s, mark)) {
                digits = s.replace(String.valueOf(mark), "");
            } else {
                return Optional.empty();
            }
        } else {
            digits = s;
        }
        if (digits.endsWith(".") || digits.matches("[+-]?\\..*")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(digits));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Digits in groups of three after the first group of one to three: 1.234.567 with {@code group} '.'. */
    private static boolean grouped(String s, char group) {
        String unsigned = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        String g = Pattern.quote(String.valueOf(group));
        return unsigned.matches("\\d{1,3}(" + g + "\\d{3})+") || unsigned.matches("\\d+");
    }

    /** The date written in {@code raw}, or empty. */
    public static Optional<LocalDate> date(String raw) {
        String s = raw.strip();
        for (DateTimeFormatter f : DATES) {
            try {
                return Optional.of(LocalDate.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return Optional.empty();
    }

    /** The type that fits every value: NUMBER, DATE, CATEGORY (few distinct short labels) or TEXT. Blank values are ignored. */
    public static VariableType infer(Collection<String> values) {
        List<String> filled = values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (filled.isEmpty()) {
            return VariableType.TEXT;
        }
        if (filled.stream().allMatch(v -> number(v).isPresent())) {
            return VariableType.NUMBER;
        }
        if (filled.stream().allMatch(v -> date(v).isPresent())) {
            return VariableType.DATE;
        }
        Set<String> distinct = new HashSet<>(filled);
        boolean shortLabels = filled.stream().allMatch(v -> v.length() <= CATEGORY_LABEL_LENGTH && v.indexOf('\n') < 0);
        if (shortLabels && (distinct.size() <= CATEGORY_LABELS || distinct.size() * 2 <= filled.size())) {
            return VariableType.CATEGORY;
        }
        return VariableType.TEXT;
    }

    /**
     * Reads a non-blank cell as a value of {@code type}.
     *
     * @throws IllegalArgumentException saying why the cell does not fit the type
     */
    static Parsed parse(VariableType type, String raw) {
        String s = raw.strip();
        return switch (type) {
            case NUMBER -> new Parsed(number(s).orElseThrow(() -> new IllegalArgumentException("\"" + s + "\" is not a number")), null);
            case DATE -> {
                LocalDate d = date(s).orElseThrow(() -> new IllegalArgumentException(
                    "\"" + s + "\" is not a date (write 2025-01-31 or 31.01.2025)"));
                yield new Parsed((double) d.toEpochDay(), d.toString());
            }
            case CATEGORY, TEXT -> new Parsed(null, s);
        };
    }
}
