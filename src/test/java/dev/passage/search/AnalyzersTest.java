package dev.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passage.model.Language;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each project language stems its own words, so a base form finds the inflected one and back. */
class AnalyzersTest {

    @ParameterizedTest(name = "{0}: ''{2}'' finds ''{1}''")
    @CsvSource({
            "DA, 'Vi lavede mange fejlene i starten.', fejl, fejlene",
            "SV, 'Vi gjorde många misstagen i början.', misstag, misstagen",
            "EN, 'We made many mistakes at first.', mistake, mistakes",
            "DA, 'Der var en fejl i systemet.', fejlene, fejl",
            "SV, 'Det var ett misstag.', misstagen, misstag",
            "EN, 'It was a mistake.', mistakes, mistake"})
    void stemmedQueryFindsInflectedWord(Language language, String text, String query, String expectedHit)
            throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(language)) {
            index.replaceDocument(1, List.of(new IndexedSegment(1, "d", 0, 0, text.length(), "A", text, Set.of(),
                    null)));

            SearchResult result = index.search(SearchQuery.of(query));

            assertThat(result.hits()).extracting(KwicHit::hit).containsExactly(expectedHit);
        }
    }

    @Test
    void theLanguageMatters() throws Exception {
        String text = "Vi lavede mange fejlene i starten.";
        try (LuceneSearchIndex index = LuceneSearchIndex.inMemory(Language.EN)) {
            index.replaceDocument(1, List.of(new IndexedSegment(1, "d", 0, 0, text.length(), "A", text, Set.of(),
                    null)));

            assertThat(index.search(SearchQuery.of("fejl")).hits()).isEmpty();
        }
    }
}
