package dev.passage.ui.cases;

import dev.passage.cases.SurveyImportReport;
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

import static org.assertj.core.api.Assertions.assertThat;

class SurveyImportViewModelTest {
    static final Path SURVEY = Path.of("sample-projects/learning-culture/survey.csv");

    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    SurveyImportViewModel vm;

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new SurveyImportViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    @Test
    void preselectsIdUnitAndTheFreeTextColumnsAndCountsWhatWillBeMade() {
        dialogs.pathAnswers.add(SURVEY);
        assertThat(vm.chooseFile()).isTrue();

        assertThat(vm.idColumnProperty().get()).isEqualTo("respondent_id");
        assertThat(vm.unitColumnProperty().get()).isEqualTo("unit");
        assertThat(vm.textColumns()).extracting(TextColumnChoice::name).doesNotContain("respondent_id", "unit").contains("role", "q_mistakes");
        assertThat(vm.chosenTextColumns()).containsExactly("q_mistakes", "q_learning");
        assertThat(vm.respondentsProperty().get()).isEqualTo(374);
        int filled = vm.textColumns().stream().filter(c -> c.selectedProperty().get()).mapToInt(TextColumnChoice::filled).sum();
        assertThat(vm.answersProperty().get()).isEqualTo(filled);
        assertThat(vm.emptyAnswersProperty().get()).isEqualTo(2 * 374 - filled);
        assertThat(vm.countsProperty().get()).isEqualTo("374 respondents \u00b7 " + filled + " answers in 2 questions become documents \u00b7 "
                                                        + (2 * 374 - filled) + " empty answers skipped");
        assertThat(vm.canImportProperty().get()).isTrue();
    }

    @Test
    void untickingEveryTextColumnAsksForOne() {
        vm.open(SURVEY);
        vm.textColumns().forEach(c -> c.selectedProperty().set(false));

        assertThat(vm.hintProperty().get()).startsWith("Tick at least one text column");
        assertThat(vm.canImportProperty().get()).isFalse();
        assertThat(vm.countsProperty().get()).isEmpty();

        vm.textColumns().stream().filter(c -> c.name().equals("q_learning")).findFirst().orElseThrow().selectedProperty().set(true);
        assertThat(vm.hintProperty().get()).isEmpty();
        assertThat(vm.countsProperty().get()).contains("answers in 1 questions");
    }

    @Test
    void importsRespondentsAndAnswersAndReports() {
        vm.open(SURVEY);
        int expected = vm.answersProperty().get();

        vm.importNow();

        SurveyImportReport r = vm.reportProperty().get();
        assertThat(r.respondentsCreated()).isEqualTo(374);
        assertThat(r.answersCreated()).isEqualTo(expected);
        assertThat(vm.reportTextProperty().get())
            .contains("374 of 374 rows imported from survey.csv.")
            .contains("Respondents: 374 new, 0 updated, 0 moved to another unit.")
            .contains("Answers: " + expected + " new documents");
        long answers = SessionStores.of(session).database().read(a -> a.documents().cases().stream().filter(d -> d.isSurveyAnswer()).count());
        assertThat(answers).isEqualTo(expected);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void rowsLeftOutAreNotCountedAndAreReported() throws Exception {
        Path csv = dir.resolve("small.csv");
        Files.writeString(csv, "respondent_id,unit,age,comment\nA1,Vej og Park,31,Vi taler åbent om fejl på møderne hver uge\n"
                               + "A2,Vej og Park,x,\n,Vej og Park,40,Ingen id her men en lang tekst alligevel\n", StandardCharsets.UTF_8);
        vm.open(csv);
        vm.textColumns().stream().filter(c -> c.name().equals("comment")).findFirst().orElseThrow().selectedProperty().set(true);
        vm.previews().columns().stream().filter(c -> c.name().equals("age")).findFirst().orElseThrow()
          .typeProperty().set(dev.passage.model.VariableType.NUMBER);

        assertThat(vm.previews().problems()).hasSize(2);
        assertThat(vm.respondentsProperty().get()).isEqualTo(1);
        assertThat(vm.answersProperty().get()).isEqualTo(1);
        assertThat(vm.emptyAnswersProperty().get()).isZero();
    }
}
