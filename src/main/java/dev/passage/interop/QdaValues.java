package dev.passage.interop;

import dev.passage.model.VariableType;
import org.w3c.dom.Element;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reading REFI-QDA attribute and value texts: dates and typed variable values. */
final class QdaValues {
    private static final String[] VALUE_ELEMENTS = {"TextValue", "BooleanValue", "IntegerValue", "FloatValue", "DateValue", "DateTimeValue"};

    private QdaValues() {
    }

    /** An xsd:dateTime (with or without zone; no zone is read as UTC), or null when absent or unreadable. */
    static Instant dateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    /** The value element's text (whichever of the six it is), or null when the value is empty. */
    static String raw(Element variableValue) {
        for (String name : VALUE_ELEMENTS) {
            String t = SecureXml.childText(variableValue, name);
            if (t != null) {
                return t.strip().isEmpty() ? null : t.strip();
            }
        }
        return null;
    }

    /** The value as a plan value of {@code type}, or null when the text does not fit the type. */
    static ImportPlan.Value convert(String variableKey, VariableType type, String raw) {
        switch (type) {
            case NUMBER -> {
                try {
                    return new ImportPlan.Value(variableKey, new BigDecimal(raw).doubleValue(), null);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            case DATE -> {
                try {
                    LocalDate d = LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw);
                    return new ImportPlan.Value(variableKey, (double) d.toEpochDay(), d.toString());
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
            default -> {
                return new ImportPlan.Value(variableKey, null, raw);
            }
        }
    }
}
