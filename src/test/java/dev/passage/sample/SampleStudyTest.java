package dev.passage.sample;

import dev.passage.analysis.CoOccurrence;
import dev.passage.coding.Codebook;
import dev.passage.search.SearchFilters;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped sample study builds and shows what the README promises. */
class SampleStudyTest {
    @TempDir
    Path tmp;

    @Test
    void buildsAReadyToOpenStudy() throws Exception {
        Path dir = tmp.resolve("sample.passage");
        var summary = SampleStudy.build(dir);
        assertThat(summary.documents()).isGreaterThanOrEqualTo(12);
        assertThat(summary.units()).isGreaterThanOrEqualTo(8);
        assertThat(summary.codings()).isGreaterThanOrEqualTo(150);

        try (var s = ProjectSession.open(dir, "anna")) {
            Codebook book = s.codebook().codebook();
            for (String path : List.of("Psychological safety/Speaking up", "Psychological safety/Admitting mistakes",
                                       "Psychological safety/Asking for help", "Psychological safety/Giving and receiving feedback",
                                       "Mindset/Growth mindset", "Mindset/Fixed mindset", "Action learning/1 Define and focus",
                                       "Action learning/5 Decide and standardise", "Peer coaching", "Organisational learning practices",
                                       "Barriers/Silo work", "Barriers/Fear of blame")) {
                assertThat(book.findByPath(path)).as(path).isPresent();
                assertThat(book.get(book.findByPath(path).orElseThrow().id()).description().definition()).as(path).isNotBlank();
            }
            List<String> speakers = SessionStores.of(s).database().read(a -> a.documents().speakers());
            assertThat(speakers).hasSizeGreaterThan(4);
            assertThat(s.search().search("fejl*", SearchFilters.NONE, 10).totalHits()).isGreaterThan(5);
            assertThat(s.search().search("mistakes", SearchFilters.NONE, 10).totalHits()).isGreaterThan(0);
            var coded = s.search().search("", new SearchFilters(List.of("Peer coaching"), List.of(), List.of(), List.of()), 0);
            assertThat(coded.totalSegments()).isGreaterThan(3);

            Set<String> coders = new HashSet<>();
            SessionStores.of(s).database().read(a -> a.codings().all()).forEach(c -> coders.add(c.coder()));
            assertThat(coders).contains("anna", "jonas");

            List<CoOccurrence.Pair> pairs = s.coOccurrence().compute();
            assertThat(pairs).isNotEmpty();
            long peer = book.findByPath("Peer coaching").orElseThrow().id();
            Set<Long> safety = book.selfAndDescendants(book.findByPath("Psychological safety").orElseThrow().id());
            assertThat(pairs).anySatisfy(p -> assertThat(
                (p.codeA() == peer && safety.contains(p.codeB())) || (p.codeB() == peer && safety.contains(p.codeA()))).isTrue());
            List<dev.passage.model.Memo> memos = SessionStores.of(s).database().read(a -> a.memos().all());
            assertThat(memos).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theSurveyAndUnitScoresShowTheStudysPatternInTheJointDisplays() throws Exception {
        Path dir = tmp.resolve("mixed.passage");
        var summary = SampleStudy.build(dir);
        assertThat(summary.respondents()).isEqualTo(374);
        // 748 answers in the file, of which 26 (q_mistakes) and 43 (q_learning) are empty and create no document
        assertThat(summary.surveyAnswers()).isEqualTo(748 - 26 - 43);
        assertThat(summary.documents()).isEqualTo(16 + summary.surveyAnswers());
        assertThat(summary.codings()).isEqualTo(254 + 795);

        try (var s = ProjectSession.open(dir, "anna")) {
            var safety = s.mixed().variable("psych_safety");
            assertThat(safety.type()).isEqualTo(dev.passage.model.VariableType.NUMBER);
            Codebook book = s.codebook().codebook();
            var fear = s.mixed().joint(book.findByPath("Barriers/Fear of blame").orElseThrow().id(), safety,
                                       dev.passage.mixed.PrevalenceMeasure.CARRIERS, dev.passage.mixed.CodeAggregation.AGGREGATED,
                                       dev.passage.mixed.BootstrapSettings.DEFAULT);
            assertThat(fear.points()).hasSize(9);
            assertThat(fear.excluded()).isEmpty();
            assertThat(fear.spearman().coefficient()).isLessThan(-0.6);
            assertThat(fear.spearman().pValue()).isLessThan(0.05);
            var admitting = s.mixed().joint(book.findByPath("Psychological safety/Admitting mistakes").orElseThrow().id(), safety,
                                            dev.passage.mixed.PrevalenceMeasure.CARRIERS, dev.passage.mixed.CodeAggregation.AGGREGATED,
                                            dev.passage.mixed.BootstrapSettings.DEFAULT);
            assertThat(admitting.spearman().coefficient()).isGreaterThan(0.5);

            // role = leader reads the interviewees' DOCUMENT variable and the respondents' RESPONDENT variable as one
            var leaders = s.conditions().matchingDocuments(List.of("role = leader"));
            var cases = s.caseOverview().documentCases();
            assertThat(cases.stream().filter(c -> !c.isSurveyAnswer() && leaders.contains(c.documentId()))).hasSize(7);
            assertThat(cases.stream().filter(c -> c.isSurveyAnswer() && leaders.contains(c.documentId()))).isNotEmpty();
        }
    }
}
