package dev.passage.merge;

import dev.passage.model.Language;
import dev.passage.sample.SampleStudy;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import dev.passage.store.StoreAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole sample (units, variables and values, respondents and their answers, memos, a set) merged into an empty project. */
class SampleMergeTest {
    @TempDir
    Path tmp;

    private record Counts(int documents, int codes, int codings, int memos, int units, int variables, int respondents, int answers,
                          int sets, int members, int unitValues) {
    }

    private static Counts counts(ProjectSession s) {
        return SessionStores.of(s).database().read((StoreAccess a) -> new Counts(
                a.documents().count(), a.codes().list().size(), a.codings().count(), a.memos().all().size(), a.units().list().size(),
                a.variables().list().size(), a.respondents().count(), a.respondents().answers().size(), a.documentSets().list().size(),
                a.documentSets().list().stream().mapToInt(x -> x.documentIds().size()).sum(),
                a.units().list().stream().mapToInt(u -> a.variables().valuesOf(dev.passage.model.VariableScope.UNIT, u.id()).size()).sum()));
    }

    @Test
    void everythingOfTheSampleComesAlongAndASecondMergeAddsNothing() throws Exception {
        Path sample = tmp.resolve("sample.passage");
        SampleStudy.build(sample);
        Counts expected;
        try (ProjectSession s = ProjectSession.open(sample, "lead")) {
            s.documentEditor().createSet("Leaders");
            s.documentEditor().addToSet("Leaders", s.documents().summaries().stream().limit(3).map(d -> d.id()).toList());
            expected = counts(s);
        }
        assertThat(expected.respondents()).isPositive();
        assertThat(expected.unitValues()).isPositive();
        Path empty = tmp.resolve("empty.passage");
        try (ProjectSession s = ProjectSession.create(empty, "Empty", Language.DA, "lead")) {
            MergeService m = s.merge();
            MergeReport r = m.merge(m.read(sample, null, "lead"));
            assertThat(r.conflicts()).isEmpty();
            assertThat(r.documentsAdded()).hasSize(expected.documents());
            assertThat(r.codesAdded()).hasSize(expected.codes());
            assertThat(r.codingsAdded()).isEqualTo(expected.codings());
            assertThat(r.respondentsAdded()).isEqualTo(expected.respondents());
            assertThat(r.setsAdded()).isEqualTo(1);
            assertThat(r.setMembersAdded()).isEqualTo(3);
            assertThat(counts(s)).isEqualTo(expected);

            MergeReport again = m.merge(m.read(sample, null, "lead"));
            assertThat(again.addsNothing()).as(String.join("\n", again.lines())).isTrue();
            assertThat(again.conflicts()).isEmpty();
            assertThat(counts(s)).isEqualTo(expected);

            s.history().undo();
            s.history().undo();
            assertThat(counts(s)).isEqualTo(new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
            s.history().redo();
            assertThat(counts(s)).isEqualTo(expected);
            assertThat(List.of(s.documents().summaries().size())).containsExactly(expected.documents());
        }
    }
}
