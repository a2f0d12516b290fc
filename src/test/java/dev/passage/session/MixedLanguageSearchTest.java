package dev.passage.session;

import dev.passage.TestProjects;
import dev.passage.language.LanguageSamples;
import dev.passage.model.Language;
import dev.passage.search.KwicHit;
import dev.passage.search.SearchFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A project that mixes Danish and English interviews (issue 15, item 11): each document is analysed in its own language, and
 * a query in every language present, so stems are found in both, with the hits where the words are.
 */
class MixedLanguageSearchTest {
    @TempDir
    Path tmp;

    static final String DANISH = LanguageSamples.DANISH;
    static final String ENGLISH = LanguageSamples.ENGLISH;

    private static List<String> hits(ProjectSession s, String query) throws Exception {
        return s.search().search(query, SearchFilters.NONE, 100).hits().stream().map(KwicHit::hit).toList();
    }

    private static List<String> documents(ProjectSession s, String query) throws Exception {
        return s.search().search(query, SearchFilters.NONE, 100).hits().stream().map(KwicHit::documentName).distinct().toList();
    }

    @Test
    void eachLanguageFindsItsOwnInflectionsInOneProject() throws Exception {
        for (Language project : List.of(Language.DA, Language.EN)) {
            Path dir = tmp.resolve(project.code());
            try (var s = TestProjects.create(dir, project)) {
                TestProjects.importText(s, dir, "Leader", DANISH);
                TestProjects.importText(s, dir, "Nurse", ENGLISH);

                assertThat(hits(s, "fejl")).as("Danish stems in a %s project", project).containsExactly("fejl", "fejlene");
                assertThat(documents(s, "fejl")).containsExactly("Leader");
                assertThat(hits(s, "mistakes")).as("English stems in a %s project", project).containsExactly("mistake", "mistake");
                assertThat(hits(s, "studies")).as("study and studies share the English stem").containsExactly("study", "studies");
                assertThat(s.search().search("fejl OR mistakes", SearchFilters.NONE, 100).totalHits()).isEqualTo(4);
            }
        }
    }

    @Test
    void phraseProximityWildcardFuzzyAndFiltersWorkAcrossLanguages() throws Exception {
        try (var s = TestProjects.create(tmp, Language.DA)) {
            long leader = TestProjects.importText(s, tmp, "Leader", DANISH);
            long nurse = TestProjects.importText(s, tmp, "Nurse", ENGLISH);
            String danishText = s.documents().text(leader).orElseThrow();
            String englishText = s.documents().text(nurse).orElseThrow();

            assertThat(hits(s, "\"taler åbent\"")).containsExactly("taler åbent");
            assertThat(hits(s, "\"talk openly\"~3")).isNotEmpty();
            assertThat(documents(s, "\"talk openly\"~3")).containsExactly("Nurse");
            assertThat(hits(s, "mistak*")).containsExactly("mistake", "mistake");
            assertThat(hits(s, "fejl*")).containsExactly("fejl", "fejlene");
            assertThat(hits(s, "colleage~")).containsExactly("colleague");

            // the hit ranges are where the words are in each document's text
            for (KwicHit h : s.search().search("fejlene OR colleague", SearchFilters.NONE, 100).hits()) {
                String text = h.documentName().equals("Leader") ? danishText : englishText;
                assertThat(text.substring(h.start(), h.end())).isEqualTo(h.hit());
            }

            var onlyNurse = new SearchFilters(List.of(), List.of("Nurse"), List.of(), List.of());
            assertThat(s.search().search("fejl OR mistake", onlyNurse, 100).hits()).extracting(KwicHit::hit)
                                                                                  .containsExactly("mistake", "mistake");
            var bySpeaker = new SearchFilters(List.of(), List.of(), List.of("Leder"), List.of());
            assertThat(s.search().search("fejl OR mistake", bySpeaker, 100).hits()).extracting(KwicHit::hit).containsExactly("fejlene");
            // only exclusions: every segment of both languages without the word
            long segments = s.search().search("", SearchFilters.NONE, 0).totalSegments();
            assertThat(s.search().search("NOT mistake", SearchFilters.NONE, 0).totalSegments()).isEqualTo(segments - 2);
        }
    }
}
