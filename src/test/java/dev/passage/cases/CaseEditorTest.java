package dev.passage.cases;

import dev.passage.TestProjects;
import dev.passage.errors.Text;
import dev.passage.model.DocumentCase;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseEditorTest {
    @TempDir
    Path tmp;

    private static long insert(ProjectSession s, String name, String from, Map<String, String> attributes) {
        return SessionStores.of(s).database().write(tx -> tx.documents().insert(
            new NewDocument(name, "Talk about fejl in " + name + ".", DocumentFormat.TXT, from, Instant.now(), attributes, List.of())));
    }

    private static Optional<String> unitOf(ProjectSession s, long doc) {
        return SessionStores.of(s).database().read(a -> a.documents().unitName(doc));
    }

    private static List<String> units(ProjectSession s) {
        return s.caseOverview().units().stream().map(CaseOverview.UnitRow::name).toList();
    }

    @Test
    void linkByAttributeIsOneUndoableEditThatAlsoRemovesTheUnitsItCreated() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            s.unitImport().apply(TableReader.read(Files.writeString(tmp.resolve("u.csv"), "unit,score\nNord,4\n"), null),
                                 new UnitImport.Options("unit", Map.of()));
            long a = insert(s, "Interview 1", null, Map.of("site", "nord"));
            long b = insert(s, "Interview 2", null, Map.of("site", "Syd"));
            long c = insert(s, "Interview 3", null, Map.of());

            LinkReport r = s.caseEditor().linkByAttribute("site");

            assertThat(r.linked()).containsExactly(new LinkReport.Link("Interview 1", "nord"), new LinkReport.Link("Interview 2", "Syd"));
            assertThat(r.unmatched()).containsExactly("Interview 3");
            assertThat(r.unitsCreated()).containsExactly("Syd");
            assertThat(unitOf(s, a)).contains("Nord"); // an existing unit is found ignoring case
            assertThat(unitOf(s, b)).contains("Syd");
            assertThat(s.search().search("fejl", new SearchFilters(List.of(), List.of(), List.of(), List.of("Syd")), 10).totalSegments()).isEqualTo(1);
            assertThat(s.caseEditor().linkByAttribute("site").alreadyLinked()).isEqualTo(2);

            assertThat(s.history().undo().map(Text::english)).contains("link documents to units by their site");
            assertThat(unitOf(s, a)).isEmpty();
            assertThat(unitOf(s, c)).isEmpty();
            assertThat(units(s)).containsExactly("Nord");
            assertThat(s.search().search("fejl", new SearchFilters(List.of(), List.of(), List.of(), List.of("Syd")), 10).totalSegments()).isZero();

            s.history().redo();
            assertThat(unitOf(s, b)).contains("Syd");
            assertThat(units(s)).containsExactly("Nord", "Syd");
            assertThatThrownBy(() -> s.caseEditor().linkByAttribute("region")).hasMessage("No document has the attribute \"region\"");
        }
    }

    @Test
    void linkByPatternUsesTheNamedOrFirstGroupOnTheNameOrImportedFromPath() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            long a = insert(s, "03-plejecenter-egebo-leder", null, Map.of());
            long b = insert(s, "Interview B", "/data/jobcenter-soendervig/caseworker.docx", Map.of());
            long c = insert(s, "notes", null, Map.of());

            LinkReport r = s.caseEditor().linkByPattern("(?:^|/)(?:\\d+-)?(?<unit>plejecenter-[a-z]+|jobcenter-[a-z]+)");

            assertThat(r.linked()).extracting(LinkReport.Link::unit).containsExactly("plejecenter-egebo", "jobcenter-soendervig");
            assertThat(r.unmatched()).containsExactly("notes");
            assertThat(unitOf(s, b)).contains("jobcenter-soendervig"); // its name does not match, its imported-from path does
            assertThat(unitOf(s, c)).isEmpty();

            s.history().undo();
            LinkReport firstGroup = s.caseEditor().linkByPattern("^\\d+-(\\w+)-");
            assertThat(firstGroup.linked()).containsExactly(new LinkReport.Link("03-plejecenter-egebo-leder", "plejecenter"));
            assertThat(unitOf(s, a)).contains("plejecenter");
            assertThatThrownBy(() -> s.caseEditor().linkByPattern("(unclosed")).isInstanceOf(CaseDataException.class)
                .hasMessageStartingWith("The pattern '(unclosed' is not a valid regular expression");
        }
    }

    @Test
    void linkByHandRefusesSurveyAnswersAndUnknownDocuments() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long a = insert(s, "Interview 1", null, Map.of());
            s.surveyImport().apply(TableReader.read(Files.writeString(tmp.resolve("s.csv"), "id,unit,Q\nR1,North,An answer\n"), null),
                                   new SurveyImport.Options("id", "unit", List.of("Q"), Map.of()));
            assertThat(s.caseEditor().link("Interview 1", "North").linked()).hasSize(1);
            assertThat(unitOf(s, a)).contains("North");
            assertThatThrownBy(() -> s.caseEditor().link("R1 · Q", "South")).hasMessageContaining("is a survey answer");
            assertThatThrownBy(() -> s.caseEditor().link("Interview 9", "South")).hasMessage("There is no document named \"Interview 9\"");
            // pattern and attribute links leave survey answers alone too
            assertThat(s.caseEditor().linkByPattern("(.+)").linked()).extracting(LinkReport.Link::document).containsExactly("Interview 1");
            List<DocumentCase> cases = SessionStores.of(s).database().read(a2 -> a2.documents().cases());
            assertThat(cases).filteredOn(DocumentCase::isSurveyAnswer).extracting(DocumentCase::unitId)
                .containsExactly(SessionStores.of(s).database().read(x -> x.units().findId("North")).orElseThrow());
        }
    }

    @Test
    void documentVariablesAreSetClearedAndUndone() throws Exception {
        try (var s = TestProjects.create(tmp, Language.EN)) {
            long a = insert(s, "Interview 1", null, Map.of("age", "41", "joined", "2019-05-01"));
            insert(s, "Interview 2", null, Map.of("age", "unknown"));

            s.caseEditor().setDocumentVariable("Interview 1", "role", "leader");
            assertThat(s.conditions().matchingDocuments(List.of("role = leader"))).containsExactly(a);
            var role = SessionStores.of(s).database().read(x -> x.variables().find(VariableScope.DOCUMENT, "role")).orElseThrow();
            assertThat(role.type()).isEqualTo(VariableType.CATEGORY);
            s.caseEditor().setDocumentVariable("Interview 1", "role", "staff");
            s.history().undo();
            assertThat(s.conditions().matchingDocuments(List.of("role = leader"))).containsExactly(a);
            s.caseEditor().setDocumentVariable("Interview 1", "role", "");
            assertThat(s.conditions().matchingDocuments(List.of("role = leader"))).isEmpty();
            s.history().undo();
            s.history().undo(); // the first set created the variable; undoing it removes it
            assertThat(SessionStores.of(s).database().<Optional<dev.passage.model.Variable>>read(x -> x.variables().find(VariableScope.DOCUMENT, "role"))).isEmpty();
            s.history().redo();
            assertThat(s.conditions().matchingDocuments(List.of("role = leader"))).containsExactly(a);

            assertThat(s.caseEditor().attributeToVariable("joined", null)).isEqualTo(1);
            assertThat(s.conditions().matchingDocuments(List.of("joined < 2020-01-01"))).containsExactly(a);
            assertThatThrownBy(() -> s.caseEditor().attributeToVariable("age", VariableType.NUMBER))
                .hasMessage("The attribute \"age\" cannot become a number variable: Interview 2: \"unknown\" is not a number");
            assertThat(SessionStores.of(s).database().<Optional<dev.passage.model.Variable>>read(x -> x.variables().find(VariableScope.DOCUMENT, "age"))).isEmpty();
            assertThatThrownBy(() -> s.caseEditor().setDocumentVariable("Interview 1", "joined", "soon"))
                .hasMessageContaining("Cannot set joined of Interview 1: \"soon\" is not a date");
        }
    }
}
