package dev.passage.cases;

import dev.passage.model.VariableType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CellValuesTest {
    @Test
    void numbersWithDecimalCommaOrPointAndThousandsSeparators() {
        assertThat(CellValues.number("3,75")).contains(3.75);
        assertThat(CellValues.number(" 3.75 ")).contains(3.75);
        assertThat(CellValues.number("-2")).contains(-2.0);
        assertThat(CellValues.number("1.234,5")).contains(1234.5);
        assertThat(CellValues.number("1,234.5")).contains(1234.5);
        assertThat(CellValues.number("1 234,5")).contains(1234.5);
        assertThat(CellValues.number("1\u00A0234\u00A0567")).contains(1234567.0);
        assertThat(CellValues.number("1.234.567")).contains(1234567.0);
        assertThat(CellValues.number("1,234")).contains(1.234); // a single mark is the decimal mark
        for (String bad : List.of("", "abc", "3,7,5", "1.23.4", "4 stars", "3,", "1.234,5.6", "12-3")) {
            assertThat(CellValues.number(bad)).as(bad).isEmpty();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void longRunsOfDigitsAndSeparatorsAreJudgedAtOnce() {
        String digits = "1".repeat(1_000_000);
        assertThat(CellValues.number(digits + "x")).isEmpty();
        assertThat(CellValues.number(",".repeat(500_000) + "x")).isEmpty();
        assertThat(CellValues.number("1 ".repeat(300_000) + "x")).isEmpty();
        assertThat(CellValues.number("1.".repeat(300_000) + "1")).isNotNull(); // finishes; the value does not matter
        assertThat(CellValues.number(digits)).isPresent();
    }

    @Test
    void datesIsoOrDayFirst() {
        LocalDate d = LocalDate.of(2025, 1, 31);
        assertThat(CellValues.date("2025-01-31")).contains(d);
        assertThat(CellValues.date("31.01.2025")).contains(d);
        assertThat(CellValues.date("31-1-2025")).contains(d);
        assertThat(CellValues.date("31/01/2025")).contains(d);
        assertThat(CellValues.date("2025-02-30")).isEmpty();
        assertThat(CellValues.date("soon")).isEmpty();
    }

    @Test
    void inferenceIgnoresBlanks() {
        assertThat(CellValues.infer(List.of("3,75", "", "4"))).isEqualTo(VariableType.NUMBER);
        assertThat(CellValues.infer(List.of("2024-01-01", "01.02.2024"))).isEqualTo(VariableType.DATE);
        assertThat(CellValues.infer(List.of("Care", "School", "Care"))).isEqualTo(VariableType.CATEGORY);
        assertThat(CellValues.infer(List.of("x".repeat(80)))).isEqualTo(VariableType.TEXT);
        assertThat(CellValues.infer(List.of("", " "))).isEqualTo(VariableType.TEXT);
    }

    @Test
    void parsingExplainsWhatDoesNotFit() {
        assertThat(CellValues.parse(VariableType.DATE, "1.3.2024").text()).isEqualTo("2024-03-01");
        assertThatThrownBy(() -> CellValues.parse(VariableType.NUMBER, "high")).hasMessage("\"high\" is not a number");
        assertThatThrownBy(() -> CellValues.parse(VariableType.DATE, "March")).hasMessageContaining("\"March\" is not a date");
    }
}
