package dev.passage.mixed;

import dev.passage.errors.Text;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.session.SessionStores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quantitizing {@link StudyFixture}: unit and respondent variables (undoable), and the tidy CSV. */
class QuantitizeTest {
    @TempDir
    Path tmp;

    private static Map<Long, Double> numbers(StudyFixture f, String name, VariableScope scope) {
        var db = SessionStores.of(f.session).database();
        Variable v = db.read(a -> a.variables().find(scope, name)).orElseThrow();
        Map<Long, Double> out = new java.util.LinkedHashMap<>();
        db.<Map<Long, VariableValue>>read(a -> a.variables().values(v.id())).forEach((owner, value) -> out.put(owner, value.number()));
        return out;
    }

    @Test
    void writesUnitVariablesInOneUndoableStepAndLeavesUnitsWithoutTextMissing() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            QuantitizeResult r = f.mixed().quantitize(List.of(f.a), VariableScope.UNIT, CodeAggregation.AGGREGATED);
            assertThat(r.variables()).containsExactly("code:Safety:segments", "code:Safety:share_chars", "code:Safety:share_carriers");
            assertThat(r.created()).isEqualTo(3);
            // North 4 / 50 of 150 / 2 of 2; South 1 / 0.05 / 1; West 2 / 0.35 / 0.5; East: no text -> no value at all
            assertThat(numbers(f, "code:Safety:segments", VariableScope.UNIT)).containsOnly(
                Map.entry(f.north, 4.0), Map.entry(f.south, 1.0), Map.entry(f.west, 2.0));
            assertThat(numbers(f, "code:Safety:share_chars", VariableScope.UNIT)).containsOnly(
                Map.entry(f.north, 50.0 / 150), Map.entry(f.south, 0.05), Map.entry(f.west, 0.35));
            assertThat(numbers(f, "code:Safety:share_carriers", VariableScope.UNIT)).containsOnly(
                Map.entry(f.north, 1.0), Map.entry(f.south, 1.0), Map.entry(f.west, 0.5));
            assertThat(r.values()).isEqualTo(9);
            long id = f.variable("code:Safety:segments").id();

            assertThat(f.session.history().undo().map(Text::english)).contains("quantitize 1 code(s) into unit variables");
            assertThat(SessionStores.of(f.session).database().<List<Variable>>read(a -> a.variables().list())).isEmpty();
            f.session.history().redo();
            assertThat(f.variable("code:Safety:segments").id()).isEqualTo(id);
            assertThat(numbers(f, "code:Safety:segments", VariableScope.UNIT)).hasSize(3);
        }
    }

    @Test
    void overwritingKeepsTheOldValuesForUndo() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            long v = f.unitNumber("code:Learning:segments", Map.of(f.east, 99.0, f.north, 7.0));
            f.mixed().quantitize(List.of(f.b), VariableScope.UNIT, CodeAggregation.AGGREGATED);
            // East has no text: its stale 99 is gone (missing), North is recounted
            assertThat(numbers(f, "code:Learning:segments", VariableScope.UNIT)).containsOnly(
                Map.entry(f.north, 1.0), Map.entry(f.south, 2.0), Map.entry(f.west, 1.0));
            f.session.history().undo();
            assertThat(numbers(f, "code:Learning:segments", VariableScope.UNIT)).containsOnly(Map.entry(f.east, 99.0), Map.entry(f.north, 7.0));
            assertThat(f.variable("code:Learning:segments").id()).isEqualTo(v);
        }
    }

    @Test
    void aClashingVariableWritesNothing() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.variable(VariableScope.UNIT, "code:Learning:share_chars", VariableType.TEXT, Map.of(f.north, "lots"));
            assertThatThrownBy(() -> f.mixed().quantitize(List.of(f.b), VariableScope.UNIT, CodeAggregation.AGGREGATED))
                .isInstanceOf(MixedMethodsException.class)
                .hasMessage("The unit variable 'code:Learning:share_chars' exists as TEXT; rename or delete it before quantitizing into it");
            assertThat(SessionStores.of(f.session).database().<List<Variable>>read(a -> a.variables().list()))
                .extracting(Variable::name).containsExactly("code:Learning:share_chars");
            assertThat(f.session.history().undoLabel().map(Text::english)).isEmpty();
        }
    }

    /** r1: 2 segments, 70 of 100 chars, carries; r2: none of its 100 chars. */
    @Test
    void writesRespondentVariables() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            QuantitizeResult r = f.mixed().quantitize(List.of(f.a), VariableScope.RESPONDENT, CodeAggregation.AGGREGATED);
            assertThat(r.variables()).containsExactly("code:Safety:segments", "code:Safety:share_chars", "code:Safety:carries");
            assertThat(numbers(f, "code:Safety:segments", VariableScope.RESPONDENT)).containsOnly(Map.entry(f.r1, 2.0), Map.entry(f.r2, 0.0));
            assertThat(numbers(f, "code:Safety:share_chars", VariableScope.RESPONDENT)).containsOnly(Map.entry(f.r1, 0.7), Map.entry(f.r2, 0.0));
            assertThat(numbers(f, "code:Safety:carries", VariableScope.RESPONDENT)).containsOnly(Map.entry(f.r1, 1.0), Map.entry(f.r2, 0.0));
        }
    }

    @Test
    void tidyCsvIsRfc4180WithNaForMissingAndUnitScores() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("psych_safety", Map.of(f.north, 4.25, f.west, 0.0001));
            f.variable(VariableScope.UNIT, "region", VariableType.CATEGORY, Map.of(f.north, "urban, \"inner\""));
            f.mixed().quantitize(List.of(f.a), VariableScope.UNIT, CodeAggregation.AGGREGATED); // code:* variables are not score columns
            CodeUnitMatrix m = f.mixed().matrix(List.of(f.a), CodeAggregation.AGGREGATED);
            Path csv = tmp.resolve("out/tidy.csv");
            List<TidyRow> rows = f.mixed().writeTidyCsv(m, csv);
            assertThat(rows).hasSize(4);
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).isEqualTo(
                "unit,code_path,segments,coded_chars,unit_chars,share_chars,carriers,carrier_total,share_carriers,psych_safety,region\r\n"
                + "East,Safety,0,0,0,NA,0,0,NA,NA,NA\r\n"
                + "North,Safety,4,50,150,0.3333333333333333,2,2,1,4.25,\"urban, \"\"inner\"\"\"\r\n"
                + "South,Safety,1,10,200,0.05,1,1,1,NA,NA\r\n"
                + "West,Safety,2,70,200,0.35,1,2,0.5,0.0001,NA\r\n");
            List<CSVRecord> back = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
            assertThat(back.get(1).get("region")).isEqualTo("urban, \"inner\"");
            assertThat(Files.list(csv.getParent())).containsExactly(csv); // no temporary file left behind
        }
    }

    @Test
    void aHeaderThatWouldRepeatAColumnGetsAPrefix() throws Exception {
        StringWriter out = new StringWriter();
        TidyCsv.write(out, List.of(), List.of("segments"));
        assertThat(out.toString()).endsWith(",share_carriers,unit_segments\r\n");
    }
}
