package dev.passage.cases;

import dev.passage.TestProjects;
import dev.passage.model.Language;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnitImportTest {
    @TempDir
    Path tmp;

    private Table csv(String name, String content) throws Exception {
        return TableReader.read(Files.writeString(tmp.resolve(name), content), null);
    }

    private static Map<String, String> values(ProjectSession s, String unit) {
        return s.caseOverview().units().stream().filter(u -> u.name().equals(unit)).findFirst().orElseThrow().values();
    }

    @Test
    void previewTypesColumnsAndReportsBadRowsWithoutWriting() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            Table t = csv("scores.csv", """
                enhed;psych_safety;sector;since;comment
                Nord;3,75;Care;01.03.2024;fine
                Syd;4;School;2023-08-15;
                ;2;Care;;
                Øst;high;Care;;
                Nord;4,1;Care;;again
                Vest;;School;;x
                """);
            ImportPreview p = s.unitImport().preview(t, new UnitImport.Options("enhed", Map.of("comment", VariableType.TEXT)));
            assertThat(p.columns()).extracting(ImportColumn::name, ImportColumn::type, ImportColumn::typeSource).containsExactly(
                org.assertj.core.groups.Tuple.tuple("enhed", null, null),
                org.assertj.core.groups.Tuple.tuple("psych_safety", VariableType.CATEGORY, ImportColumn.TypeSource.INFERRED),
                org.assertj.core.groups.Tuple.tuple("sector", VariableType.CATEGORY, ImportColumn.TypeSource.INFERRED),
                org.assertj.core.groups.Tuple.tuple("since", VariableType.DATE, ImportColumn.TypeSource.INFERRED),
                org.assertj.core.groups.Tuple.tuple("comment", VariableType.TEXT, ImportColumn.TypeSource.GIVEN));
            // "high" makes the column a category when inferred; say it is a number and the row is refused instead
            p = s.unitImport().preview(t, new UnitImport.Options("enhed", Map.of("psych_safety", VariableType.NUMBER)));
            assertThat(p.rows()).isEqualTo(6);
            assertThat(p.importableRows()).isEqualTo(3);
            assertThat(p.firstRows().getFirst()).containsExactly("Nord", "3,75", "Care", "01.03.2024", "fine");
            assertThat(p.problems()).extracting(RowProblem::describe).containsExactly(
                "row 4, column enhed: the id is empty; the row was not imported",
                "row 5, column psych_safety: \"high\" is not a number (the column is number); the row was not imported",
                "row 6, column enhed: the id \"Nord\" was already used in row 2; the row was not imported");
            assertThat(SessionStores.of(s).database().<Integer>read(a -> a.units().list().size())).isZero();
        }
    }

    @Test
    void importThenReimportUpdatesValuesClearsBlanksAndNeverDuplicatesUnits() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            UnitImport.Options options = new UnitImport.Options("unit", Map.of());
            UnitImportReport first = s.unitImport().apply(csv("a.csv", """
                unit;psych_safety;sector
                Nord;3,75;Care
                Syd;0;School
                Vest;;School
                """), options);
            assertThat(first.unitsCreated()).isEqualTo(3);
            assertThat(first.valuesSet()).isEqualTo(5);
            assertThat(first.problems()).isEmpty();
            assertThat(values(s, "Syd")).containsEntry("psych_safety", "0"); // zero is a value
            assertThat(values(s, "Vest")).doesNotContainKey("psych_safety"); // blank is missing, never 0

            UnitImportReport second = s.unitImport().apply(csv("b.csv", """
                unit;psych_safety;sector
                nord;4,25;Care
                Syd;;School
                Øst;2;Care
                """), options);
            assertThat(second.unitsCreated()).isEqualTo(1);
            assertThat(second.unitsUpdated()).isEqualTo(2);
            assertThat(second.valuesCleared()).isEqualTo(1);
            assertThat(s.caseOverview().units()).extracting(CaseOverview.UnitRow::name).containsExactly("Nord", "Syd", "Vest", "Øst");
            assertThat(values(s, "Nord")).containsEntry("psych_safety", "4.25");
            assertThat(values(s, "Syd")).doesNotContainKey("psych_safety").containsEntry("sector", "School");
            assertThat(values(s, "Vest")).containsEntry("sector", "School"); // not in the file: untouched
            var variable = SessionStores.of(s).database().read(a -> a.variables().find(VariableScope.UNIT, "psych_safety")).orElseThrow();
            assertThat(variable.type()).isEqualTo(VariableType.NUMBER);
            Map<Long, VariableValue> stored = SessionStores.of(s).database().read(a -> a.variables().values(variable.id()));
            assertThat(stored).hasSize(2);
        }
    }

    @Test
    void aColumnKeepsItsProjectTypeAndAConflictingTypeIsRefused() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            s.unitImport().apply(csv("a.csv", "unit,score\nA,3\n"), new UnitImport.Options("unit", Map.of()));
            Table again = csv("b.csv", "unit,score\nA,n/a\nB,4\n");
            UnitImportReport r = s.unitImport().apply(again, new UnitImport.Options("unit", Map.of()));
            assertThat(r.importedRows()).isEqualTo(1);
            assertThat(r.problems()).singleElement().extracting(RowProblem::describe).asString()
                .contains("row 2, column score: \"n/a\" is not a number");
            assertThat(values(s, "A")).containsEntry("score", "3"); // the refused row changed nothing
            assertThatThrownBy(() -> s.unitImport().apply(again, new UnitImport.Options("unit", Map.of("score", VariableType.TEXT))))
                .isInstanceOf(CaseDataException.class).hasMessageContaining("b.csv: column \"score\" is a number variable in the project");
            assertThatThrownBy(() -> s.unitImport().preview(again, new UnitImport.Options("site", Map.of())))
                .hasMessageContaining("b.csv: there is no column \"site\"");
        }
    }

    @Test
    void listsUnitsWithDocumentCounts() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            s.unitImport().apply(csv("a.csv", "unit,score\nA,3\nB,\n"), new UnitImport.Options("unit", Map.of()));
            long doc = TestProjects.importText(s, tmp, "i1", "Some text.");
            SessionStores.of(s).database().write(tx -> {
                tx.documents().setUnit(doc, tx.units().findId("A").orElseThrow());
                return null;
            });
            assertThat(s.caseOverview().units()).extracting(CaseOverview.UnitRow::name, CaseOverview.UnitRow::documents)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 1), org.assertj.core.groups.Tuple.tuple("B", 0));
            assertThat(s.caseOverview().variables()).singleElement().extracting(CaseOverview.VariableRow::values).isEqualTo(1);
            assertThat(List.of(s.caseOverview().variables().getFirst().type())).containsExactly("number");
        }
    }
}
