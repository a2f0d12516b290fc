package dev.passage.cases;

import dev.passage.TestProjects;
import dev.passage.model.DocumentCase;
import dev.passage.model.Language;
import dev.passage.model.SurveyAnswer;
import dev.passage.search.SearchFilters;
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

class SurveyImportTest {
    private static final SurveyImport.Options OPTIONS =
        new SurveyImport.Options("id", "workplace", List.of("What helps you learn?", "What gets in the way?"), Map.of());

    @TempDir
    Path tmp;

    private Table csv(String name, String content) throws Exception {
        return TableReader.read(Files.writeString(tmp.resolve(name), content), null);
    }

    private static List<SurveyAnswer> answers(ProjectSession s) {
        return SessionStores.of(s).database().read(a -> a.respondents().answers());
    }

    @Test
    void answersBecomeDocumentsInTheRespondentsUnitAndOtherColumnsRespondentVariables() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            SurveyImportReport r = s.surveyImport().apply(csv("survey.csv", """
                id;workplace;role;tenure;What helps you learn?;What gets in the way?
                R0001;North;leader;3,5;Feedback from colleagues;Time pressure
                R0002;South;staff;1;"Trying things; failing safely";
                R0003;;staff;;;
                ;North;staff;2;orphan;
                """), OPTIONS);

            assertThat(r.importedRows()).isEqualTo(3);
            assertThat(r.problems()).extracting(RowProblem::row).containsExactly(5);
            assertThat(r.respondentsCreated()).isEqualTo(3);
            assertThat(r.unitsCreated()).isEqualTo(2);
            assertThat(r.answersCreated()).isEqualTo(3); // empty answers create no document
            List<DocumentCase> cases = s.caseOverview().documentCases();
            assertThat(cases).extracting(DocumentCase::name).containsExactlyInAnyOrder(
                "R0001 · What helps you learn?", "R0001 · What gets in the way?", "R0002 · What helps you learn?");
            long north = SessionStores.of(s).database().read(a -> a.units().findId("North")).orElseThrow();
            assertThat(cases.stream().filter(c -> c.name().startsWith("R0001"))).allMatch(c -> c.unitId() == north && c.isSurveyAnswer());
            assertThat(cases).extracting(DocumentCase::question).contains("What gets in the way?");
            assertThat(s.caseOverview().variables()).extracting(CaseOverview.VariableRow::name, CaseOverview.VariableRow::type)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("role", "category"), org.assertj.core.groups.Tuple.tuple("tenure", "number"));
            // the index took the answers in
            assertThat(s.search().search("failing", SearchFilters.NONE, 10).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void reimportMovesRespondentsReplacesUncodedAnswersAndKeepsCodedOnes() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            s.surveyImport().apply(csv("v1.csv", """
                id,workplace,What helps you learn?,What gets in the way?
                R1,North,Feedback,Time pressure
                R2,North,Mentors,Meetings
                """), OPTIONS);
            var code = s.codebook().addPath("Barriers", null, null);
            long coded = s.documents().idByName("R1 · What gets in the way?").orElseThrow();
            s.coding().apply(coded, 0, 4, code.id());

            SurveyImportReport r = s.surveyImport().apply(csv("v2.csv", """
                id,workplace,What helps you learn?,What gets in the way?
                R1,South,Feedback,Too little time
                R2,North,Mentors and peers,
                R3,South,Reading,
                """), OPTIONS);

            assertThat(r.respondentsCreated()).isEqualTo(1);
            assertThat(r.respondentsMoved()).isEqualTo(1);
            assertThat(r.answersCreated()).isEqualTo(1);
            assertThat(r.answersReplaced()).isEqualTo(1);
            assertThat(r.answersUnchanged()).isEqualTo(1);
            assertThat(r.notices()).extracting(RowProblem::describe).containsExactly(
                "row 2, column What gets in the way?: the answer text changed, but the stored answer \"R1 · What gets in the way?\" has 1"
                + " codings; it keeps its text and codings (remove the codings to take the new text)",
                "row 3, column What gets in the way?: the answer is empty in the file; the stored answer \"R2 · What gets in the way?\" was kept");
            assertThat(answers(s)).hasSize(5);
            assertThat(answers(s)).filteredOn(a -> a.documentId() == coded).singleElement()
                .satisfies(a -> assertThat(a.text()).isEqualTo("Time pressure")).satisfies(a -> assertThat(a.codingCount()).isEqualTo(1));
            assertThat(answers(s)).extracting(SurveyAnswer::text).contains("Mentors and peers");
            long south = SessionStores.of(s).database().read(a -> a.units().findId("South")).orElseThrow();
            assertThat(SessionStores.of(s).database().<List<DocumentCase>>read(a -> a.documents().cases())).filteredOn(c -> c.name().startsWith("R1"))
                .allMatch(c -> c.unitId() == south);
            assertThat(s.search().search("peers", SearchFilters.NONE, 10).totalHits()).isEqualTo(1);
            assertThat(s.search().search("Meetings", SearchFilters.NONE, 10).totalHits()).isEqualTo(1);
        }
    }

    @Test
    void movingManyRespondentsReindexesTheirAnswersInBulk() throws Exception {
        StringBuilder north = new StringBuilder("id,workplace,What helps you learn?,What gets in the way?\n");
        StringBuilder south = new StringBuilder(north);
        for (int i = 1; i <= 20; i++) {
            north.append("R").append(i).append(",North,mentoring ").append(i).append(",deadlines\n");
            south.append("R").append(i).append(",South,mentoring ").append(i).append(",deadlines\n");
        }
        try (var s = TestProjects.create(tmp, Language.EN)) {
            s.surveyImport().apply(csv("north.csv", north.toString()), OPTIONS);
            SearchFilters inSouth = new SearchFilters(List.of(), List.of(), List.of(), List.of("South"));
            assertThat(s.search().search("mentoring", inSouth, 0).totalSegments()).isZero();
            SurveyImportReport r = s.surveyImport().apply(csv("south.csv", south.toString()), OPTIONS);
            assertThat(r.respondentsMoved()).isEqualTo(20);
            assertThat(s.search().search("mentoring", inSouth, 0).totalSegments()).isEqualTo(20);
            assertThat(s.search().search("deadlines", inSouth, 0).totalSegments()).isEqualTo(20);
        }
    }

    @Test
    void optionsAndClashesAreRefusedClearly() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            Table t = csv("s.csv", "id,workplace,What helps you learn?\nR1,North,x\n");
            assertThatThrownBy(() -> s.surveyImport().apply(t, OPTIONS)).isInstanceOf(CaseDataException.class)
                .hasMessageContaining("s.csv: there is no column \"What gets in the way?\"");
            assertThatThrownBy(() -> new SurveyImport.Options("id", null, List.of(), Map.of())).hasMessageContaining("--text");
            assertThatThrownBy(() -> s.surveyImport().apply(t, new SurveyImport.Options("id", "workplace", List.of("id"), Map.of())))
                .hasMessageContaining("column \"id\" cannot be both");
        }
    }

    @Test
    void tenThousandRespondentsWithTwoQuestionsImportInOneGo() throws Exception {
        StringBuilder csv = new StringBuilder("id;unit;age;score;Q1;Q2\n");
        for (int i = 1; i <= 10_000; i++) {
            csv.append(String.format("R%05d;Unit %02d;%d;%d,%d;I learn from colleague %d and from feedback;Time is short in week %d%n",
                                     i, i % 40, 20 + i % 45, i % 5, i % 10, i, i % 52));
        }
        try (var s = TestProjects.create(tmp, Language.EN)) {
            Table t = csv("big.csv", csv.toString());
            var cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long start = System.nanoTime();
            long startCpu = cpu.getCurrentThreadCpuTime();
            SurveyImportReport r = s.surveyImport().apply(t, new SurveyImport.Options("id", "unit", List.of("Q1", "Q2"), Map.of()));
            // noted, never asserted: the index is updated on this thread by the change listener, so CPU time covers it too
            System.out.printf("survey import: 10,000 respondents x 2 questions in %d ms (%d ms CPU of this thread)%n",
                              (System.nanoTime() - start) / 1_000_000, (cpu.getCurrentThreadCpuTime() - startCpu) / 1_000_000);

            assertThat(r.problems()).isEmpty();
            assertThat(r.respondentsCreated()).isEqualTo(10_000);
            assertThat(r.answersCreated()).isEqualTo(20_000);
            assertThat(r.unitsCreated()).isEqualTo(40);
            assertThat(r.valuesSet()).isEqualTo(20_000);
            assertThat(s.documents().count()).isEqualTo(20_000);
            assertThat(s.search().search("colleague", SearchFilters.NONE, 1).totalSegments()).isEqualTo(10_000);

            start = System.nanoTime();
            SurveyImportReport again = s.surveyImport().apply(t, new SurveyImport.Options("id", "unit", List.of("Q1", "Q2"), Map.of()));
            System.out.printf("survey re-import (nothing changed): %d ms%n", (System.nanoTime() - start) / 1_000_000);
            assertThat(again.answersCreated()).isZero();
            assertThat(again.answersUnchanged()).isEqualTo(20_000);
            assertThat(s.documents().count()).isEqualTo(20_000);
        }
    }
}
