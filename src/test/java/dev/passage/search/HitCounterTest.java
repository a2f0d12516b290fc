package dev.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passage.model.Language;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The word-frequency count must give the same total as counting every hit with the Matches API; the totals are compared
 * on a seeded Danish corpus spread over several index segments, with deletions, for many query shapes and filters.
 */
class HitCounterTest {
    private static final List<String> SENTENCES = List.of(
        "Vi taler åbent om fejlene på morgenmødet, og det er blevet helt normalt.",
        "Jeg tror, at de fleste kan lære det, hvis de får tid og den rigtige støtte.",
        "Vores leder siger selv højt, når hun har taget fejl, og det smitter.",
        "Feedback handler hos os om at se på opgaven, ikke på personen.",
        "Der er meget silotænkning mellem dag- og aftenvagten.",
        "Når en kollega spørger om hjælp, stopper vi op og lærer af det.",
        "Min makker gav mig en ærlig tilbagemelding, som jeg lærte meget af 😀.",
        "Læringen deles med de andre teams hver måned; fejl er læring.");

    private LuceneSearchIndex index;

    @BeforeEach
    void setUp() throws Exception {
        index = LuceneSearchIndex.inMemory(Language.DA);
        Random random = new Random(11);
        for (long id = 1; id <= 40; id++) {
            index.replaceDocument(id, document(id, random).segments());
        }
        // replacing some documents again leaves deleted index documents behind in older index segments
        for (long id = 1; id <= 40; id += 3) {
            index.replaceDocument(id, document(id, random).segments());
        }
    }

    private static TestDocument document(long id, Random random) {
        TestDocument doc = new TestDocument(id, "doc-" + id);
        int turns = 2 + random.nextInt(6);
        for (int t = 0; t < turns; t++) {
            StringBuilder text = new StringBuilder();
            int sentences = 1 + random.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                text.append(SENTENCES.get(random.nextInt(SENTENCES.size()))).append(' ');
            }
            doc.turn(t % 2 == 0 ? "Interviewer" : "Leder", text.toString().strip(), Set.of(id % 3), id % 2 == 0 ? "Nord" : "Syd");
        }
        return doc;
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fejl", "fejl OR fejl*", "lær*", "*tænkning", "l?r", "feedback AND leder", "hjælp OR støtte OR makker",
        "fejl NOT leder", "fejl AND NOT (leder OR makker)", "(fejl OR lær*) AND kollega", "fejl~1", "\"taler åbent\"",
        "\"fejl læring\"~3", "NOT fejl", "\"lære det\" OR lær*", "\"fejl er læring\"", "\"det er\" OR \"taler åbent\"",
        "[a TO c]", "+fejl -læring", "makker^3 OR fejl"})
    void totalsFromWordFrequenciesEqualTotalsCountedHitByHit(String query) throws Exception {
        for (Set<Long> codes : List.of(Set.<Long>of(), Set.of(1L))) {
            for (Set<String> units : List.of(Set.<String>of(), Set.of("Nord"))) {
                SearchResult all = index.search(new SearchQuery(query, codes, Set.of(), Set.of(), units, 0));
                SearchResult counted = index.search(new SearchQuery(query, codes, Set.of(), Set.of(), units, 1));
                // with no limit every hit is listed, found one by one with the Matches API: the reference for both totals
                long segmentsListed = all.hits().stream().map(h -> h.documentId() + "/" + h.segmentStart()).distinct().count();
                assertThat(counted.totalHits()).as("%s codes=%s units=%s", query, codes, units).isEqualTo(all.hits().size());
                assertThat(all.totalHits()).isEqualTo(all.hits().size());
                assertThat(counted.totalSegments()).isEqualTo(all.totalSegments()).isEqualTo((int) segmentsListed);
            }
        }
        assertThat(index.search(new SearchQuery(query, Set.of(), Set.of(), Set.of(), Set.of(), 0)).hits()).isNotEmpty();
    }

    @Test
    void wordsAndExactPhrasesAreCountedFromPostingsAndProximityHitByHit() throws Exception {
        try (Analyzer analyzer = Analyzers.perLanguageField(); Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                writer.addDocument(SegmentDocuments.toDocument(document(1, new Random(3)).segment(0), Language.DA));
                writer.addDocument(SegmentDocuments.toDocument(new TestDocument(2, "x").turn("A", "fejl fejle fejlen").segment(0), Language.DA));
                writer.addDocument(SegmentDocuments.toDocument(new TestDocument(3, "y").turn("A", "we talk openly about mistakes").segment(0),
                                                               Language.EN));
            }
            QueryBuilder builder = new QueryBuilder(analyzer);
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            for (Set<Language> languages : List.of(Set.of(Language.DA), Set.of(Language.DA, Language.EN))) {
                for (String words : List.of("fejl", "lær*", "fejl OR hjælp", "feedback AND NOT leder", "*tænkning", "[a TO c]", "fejl~1",
                    "\"taler åbent\"", "fejl OR \"taler åbent\"", "\"lære det\" AND NOT \"taler åbent\"")) {
                    assertThat(counter(searcher, builder.build(SearchQuery.of(words), languages))).as(words).isNotNull();
                }
                for (String hits : List.of("\"fejl læring\"~3", "fejl OR \"fejl læring\"~2")) {
                    assertThat(counter(searcher, builder.build(SearchQuery.of(hits), languages))).as(hits).isNull();
                }
            }
            assertThat(counter(searcher, MatchAllDocsQuery.INSTANCE)).isNull();
            searcher.getIndexReader().close();
        }
    }

    private static HitCounter counter(IndexSearcher searcher, Query query) throws Exception {
        Query rewritten = searcher.rewrite(query);
        return HitCounter.forQuery(rewritten, searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1));
    }
}
