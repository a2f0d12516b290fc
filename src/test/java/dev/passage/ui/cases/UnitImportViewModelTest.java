package dev.passage.ui.cases;

import dev.passage.cases.ImportColumn;
import dev.passage.cases.UnitImportReport;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UnitImportViewModelTest {
    static final Path UNITS = Path.of("sample-projects/learning-culture/units.csv");

    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    UnitImportViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new UnitImportViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    private ColumnChoice column(String name) {
        return vm.previews().columns().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void previewsTheDanishCsvWithTheUnitColumnPreselectedAndTypesInferred() {
        dialogs.pathAnswers.add(UNITS);
        assertThat(vm.chooseFile()).isTrue();

        assertThat(vm.headers()).startsWith("unit", "sector", "staff", "psych_safety");
        assertThat(vm.idColumnProperty().get()).isEqualTo("unit");
        assertThat(column("unit").role()).isEqualTo(ImportColumn.Role.ID);
        assertThat(column("sector").typeProperty().get()).isEqualTo(VariableType.CATEGORY);
        assertThat(column("psych_safety").typeProperty().get()).isEqualTo(VariableType.NUMBER);
        assertThat(column("survey_date").typeProperty().get()).isEqualTo(VariableType.DATE);
        assertThat(column("psych_safety").typeEditable()).isTrue();
        assertThat(vm.previews().firstRows()).isNotEmpty();
        assertThat(vm.previews().firstRows().getFirst()).startsWith("Hjemmepleje Nord", "Eldercare", "58", "4,21");
        assertThat(vm.previews().problems()).isEmpty();
        int rows = vm.previews().preview().get().rows();
        assertThat(vm.previews().summaryProperty().get()).isEqualTo(rows + " rows \u00b7 " + rows + " can be imported \u00b7 0 with problems");
        assertThat(vm.canImportProperty().get()).isTrue();
    }

    @Test
    void aTypeChosenByTheUserIsPreviewedAndImported() {
        vm.open(UNITS);
        column("staff").typeProperty().set(VariableType.CATEGORY);

        assertThat(column("staff").typeProperty().get()).isEqualTo(VariableType.CATEGORY);
        assertThat(column("staff").typeSource()).isEqualTo(ImportColumn.TypeSource.GIVEN);

        vm.importNow();
        var staff = SessionStores.of(session).database().read(a -> a.variables().find(VariableScope.UNIT, "staff")).orElseThrow();
        assertThat(staff.type()).isEqualTo(VariableType.CATEGORY);
    }

    @Test
    void rowsThatCannotBeReadAreListedWithRowAndReason() throws Exception {
        Path csv = dir.resolve("scores.csv");
        Files.writeString(csv, "unit;psych_safety\nHjemmepleje Nord;4,2\nVej og Park;high\n;3\n", StandardCharsets.UTF_8);
        vm.open(csv);
        column("psych_safety").typeProperty().set(VariableType.NUMBER);

        assertThat(vm.previews().problems()).hasSize(2);
        assertThat(vm.previews().problems().get(0)).startsWith("row 3, column psych_safety: \"high\" is not a number");
        assertThat(vm.previews().problems().get(1)).startsWith("row 4, column unit: the id is empty");
        assertThat(vm.previews().summaryProperty().get()).isEqualTo("3 rows \u00b7 1 can be imported \u00b7 2 with problems");
    }

    @Test
    void importingReportsUnitsValuesAndSkippedRowsAndWritesTheScores() throws Exception {
        Path csv = dir.resolve("scores.csv");
        Files.writeString(csv, "unit;psych_safety\nHjemmepleje Nord;4,2\nNy enhed;3,5\nVej og Park;high\n", StandardCharsets.UTF_8);
        vm.open(csv);
        column("psych_safety").typeProperty().set(VariableType.NUMBER);

        vm.importNow();

        UnitImportReport r = vm.reportProperty().get();
        assertThat(r.unitsCreated()).isEqualTo(1);
        assertThat(r.unitsUpdated()).isEqualTo(1);
        assertThat(r.valuesSet()).isEqualTo(2);
        assertThat(vm.reportTextProperty().get())
            .contains("2 of 3 rows imported from scores.csv.")
            .contains("1 units created, 1 updated.")
            .contains("2 values written")
            .contains("1 rows were not imported:\n\u2022 row 4, column psych_safety: \"high\" is not a number");
        Map<Long, VariableValue> values = SessionStores.of(session).database().read(a -> a.variables().values(
            a.variables().find(VariableScope.UNIT, "psych_safety").orElseThrow().id()));
        long north = SessionStores.of(session).database().read(a -> a.units().idsByName()).get("Hjemmepleje Nord");
        assertThat(values.get(north).number()).isEqualTo(4.2);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadSaysSoAndNamesIt() throws Exception {
        Path bad = dir.resolve("broken.xlsx");
        Files.writeString(bad, "this is not a workbook");
        vm.open(bad);

        assertThat(vm.file().errorProperty().get()).startsWith("broken.xlsx: ");
        assertThat(vm.canImportProperty().get()).isFalse();
    }

    @Test
    void aWorkbookOffersItsSheets() throws Exception {
        Path xlsx = dir.resolve("scores.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var info = wb.createSheet("Info");
            info.createRow(0).createCell(0).setCellValue("read me");
            var scores = wb.createSheet("Scores");
            var h = scores.createRow(0);
            h.createCell(0).setCellValue("enhed");
            h.createCell(1).setCellValue("psych_safety");
            var r = scores.createRow(1);
            r.createCell(0).setCellValue("Vej og Park");
            r.createCell(1).setCellValue(2.5);
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        vm.open(xlsx);
        assertThat(vm.file().sheets()).containsExactly("Info", "Scores");
        assertThat(vm.file().sheetProperty().get()).isEqualTo("Info");

        vm.file().sheetProperty().set("Scores");

        assertThat(vm.idColumnProperty().get()).isEqualTo("enhed");
        assertThat(column("psych_safety").typeProperty().get()).isEqualTo(VariableType.NUMBER);
        assertThat(vm.previews().summaryProperty().get()).startsWith("1 rows \u00b7 1 can be imported");
    }
}
