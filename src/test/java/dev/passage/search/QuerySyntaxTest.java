package dev.passage.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.passage.model.Language;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Words, phrases, wildcards, boolean operators, proximity and fuzzy search over an English index. */
class QuerySyntaxTest {

    private final TestDocument anna = new TestDocument(1, "Interview Anna")
            .turn("Interviewer", "Tell me about the new system at work.")
            .turn("Anna", "We made many mistakes with the new system. The system was slow and the old system was better.")
            .turn("Interviewer", "What about the budget?")
            .turn("Anna", "The budget had deep cuts. Budget cuts hurt everyone.");
    private final TestDocument bo = new TestDocument(2, "Interview Bo")
            .turn("Interviewer", "Tell me about your team.")
            .turn("Bo", "Our team ran a test of the text editor, then put up a tent and a toast.")
            .turn("Bo", "Our budget was fine this year.");

    private LuceneSearchIndex index;

    @BeforeEach
    void setUp() throws Exception {
        index = LuceneSearchIndex.inMemory(Language.EN);
        index.rebuild(TestDocument.all(anna, bo), 1);
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    private SearchResult search(String text) throws Exception {
        return index.search(SearchQuery.of(text));
    }

    private static List<String> hits(SearchResult result) {
        return result.hits().stream().map(KwicHit::hit).toList();
    }

    @Test
    void singleWordFindsEveryOccurrenceInTextOrder() throws Exception {
        SearchResult result = search("system");

        assertThat(result.totalSegments()).isEqualTo(2);
        assertThat(result.totalHits()).isEqualTo(4);
        assertThat(hits(result)).containsExactly("system", "system", "system", "system");
        // the turn with three hits ranks first; within a turn, hits in text order
        List<KwicHit> first = result.hits().subList(0, 3);
        assertThat(first).allSatisfy(h -> assertThat(h.segmentStart()).isEqualTo(anna.segment(1).start()));
        assertThat(first).extracting(KwicHit::start).isSorted();
        assertThat(result.hits().get(3).segmentStart()).isEqualTo(anna.segment(0).start());
    }

    @Test
    void wordsAreCaseInsensitiveAndStemmed() throws Exception {
        assertThat(hits(search("MISTAKE"))).containsExactly("mistakes");
        assertThat(hits(search("Budgets"))).containsExactlyInAnyOrder("budget", "budget", "Budget", "budget");
    }

    @Test
    void twoWordsWithoutOperatorMustBothOccur() throws Exception {
        SearchResult result = search("budget cuts");

        assertThat(result.totalSegments()).isEqualTo(1);
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.segmentStart()).isEqualTo(anna.segment(3).start()));
        assertThat(hits(result)).containsExactly("budget", "cuts", "Budget", "cuts");
    }

    @Test
    void phraseIsOneRowSpanningThePhrase() throws Exception {
        SearchResult result = search("\"new system\"");

        assertThat(result.totalSegments()).isEqualTo(2);
        assertThat(result.totalHits()).isEqualTo(2);
        assertThat(hits(result)).containsExactly("new system", "new system");
        KwicHit row = result.hits().stream().filter(h -> h.segmentStart() == anna.segment(1).start()).findFirst()
                .orElseThrow();
        assertThat(row.end() - row.start()).isEqualTo("new system".length());
        assertThat(anna.text().substring(row.start(), row.end())).isEqualTo("new system");
    }

    @Test
    void phraseNeedsTheWordsInOrder() throws Exception {
        assertThat(search("\"system new\"").hits()).isEmpty();
        assertThat(search("\"old system\"").totalSegments()).isEqualTo(1);
    }

    @Test
    void wildcardsMatchPrefixesSingleCharactersAndLeadingStars() throws Exception {
        assertThat(hits(search("syst*"))).hasSize(4).containsOnly("system");
        assertThat(hits(search("te?t"))).containsExactly("test", "text", "tent");
        assertThat(hits(search("*eam"))).containsExactlyInAnyOrder("team", "team");
    }

    @Test
    void booleanOperators() throws Exception {
        assertThat(search("mistakes AND budget").hits()).isEmpty();
        assertThat(search("mistakes OR budget").totalSegments()).isEqualTo(4);
        assertThat(hits(search("mistakes OR budget"))).containsExactlyInAnyOrder(
                "mistakes", "budget", "budget", "Budget", "budget");

        SearchResult not = search("budget NOT cuts");
        assertThat(not.totalSegments()).isEqualTo(2);
        assertThat(not.hits()).extracting(KwicHit::segmentStart)
                .containsExactlyInAnyOrder(anna.segment(2).start(), bo.segment(2).start());
        assertThat(search("budget -cuts").totalSegments()).isEqualTo(2);
        assertThat(search("+budget +deep").totalSegments()).isEqualTo(1);
        assertThat(search("(mistakes OR team) AND slow").totalSegments()).isEqualTo(1);
    }

    @Test
    void onlyExclusionsMeanEverySegmentWithoutThem() throws Exception {
        SearchResult result = search("NOT system");

        assertThat(result.totalSegments()).isEqualTo(5);
        assertThat(result.hits()).noneSatisfy(h -> assertThat(h.hit()).contains("system"));
    }

    @Test
    void proximityMatchesWithinTheSlopOnly() throws Exception {
        index.replaceDocument(3, new TestDocument(3, "Proximity")
                .turn("Cy", "budget alpha beta gamma cuts")
                .turn("Cy", "budget one two three four five six seven eight nine ten cuts")
                .segments());

        SearchResult result = index.search(new SearchQuery("\"budget cuts\"~5", Set.of(), Set.of(3L), Set.of(),
                Set.of(), 100));

        assertThat(result.totalSegments()).isEqualTo(1);
        assertThat(hits(result)).containsExactly("budget alpha beta gamma cuts");
        assertThat(index.search(new SearchQuery("\"budget cuts\"~12", Set.of(), Set.of(3L), Set.of(), Set.of(), 100))
                .totalSegments()).isEqualTo(2);
        assertThat(index.search(new SearchQuery("\"budget cuts\"", Set.of(), Set.of(3L), Set.of(), Set.of(), 100))
                .totalSegments()).isZero();
    }

    @Test
    void fuzzyFindsMisspellings() throws Exception {
        assertThat(hits(search("sistem~"))).hasSize(4).containsOnly("system");
        assertThat(search("sistem").hits()).isEmpty();
    }

    @Test
    void stopWordsAloneFindNothing() throws Exception {
        SearchResult result = search("the");

        assertThat(result.totalSegments()).isZero();
        assertThat(result.hits()).isEmpty();
    }

    @Test
    void syntaxErrorsAreExplainedInWords() {
        assertThatThrownBy(() -> search("fejl AND"))
                .isInstanceOf(SearchSyntaxException.class)
                .hasMessage("Cannot read the query 'fejl AND': it ends in the middle of an expression. "
                        + "Use quotes for phrases, * for wildcards, AND/OR/NOT in capitals.");
        assertThatThrownBy(() -> search("\"new system"))
                .isInstanceOf(SearchSyntaxException.class)
                .hasMessageStartingWith("Cannot read the query '\"new system': it ends inside quotes");
        assertThatThrownBy(() -> search("system)"))
                .isInstanceOf(SearchSyntaxException.class)
                .hasMessageStartingWith("Cannot read the query 'system)': ')' at character 7 does not fit there.");
        assertThatThrownBy(() -> search("OR system"))
                .isInstanceOf(SearchSyntaxException.class)
                .hasMessageContaining("'OR' at character 1");
    }
}
