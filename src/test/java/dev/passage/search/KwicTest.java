package dev.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passage.model.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Keyword-in-context rows: exact document offsets, context cutting, totals against the limit, ranking. */
class KwicTest {

    private LuceneSearchIndex index;

    @BeforeEach
    void setUp() {
        index = LuceneSearchIndex.inMemory(Language.EN);
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    @Test
    void offsetsAreDocumentOffsetsForASegmentThatDoesNotStartAtZero() throws Exception {
        TestDocument doc = new TestDocument(5, "Offsets")
                .turn("Interviewer", "A first question that takes some room.")
                .turn("Anna", "I think the coffee was good.");
        index.replaceDocument(5, doc.segments());

        List<KwicHit> rows = index.search(SearchQuery.of("coffee")).hits();

        assertThat(rows).hasSize(1);
        KwicHit row = rows.getFirst();
        int segmentStart = doc.segment(1).start();
        assertThat(segmentStart).isGreaterThan(0);
        assertThat(row.start()).isEqualTo(segmentStart + "I think the ".length());
        assertThat(row.end()).isEqualTo(row.start() + "coffee".length());
        assertThat(doc.text().substring(row.start(), row.end())).isEqualTo("coffee").isEqualTo(row.hit());
        assertThat(row.left()).isEqualTo("I think the ");
        assertThat(row.right()).isEqualTo(" was good.");
        assertThat(row.segmentStart()).isEqualTo(segmentStart);
        assertThat(row.segmentEnd()).isEqualTo(doc.segment(1).end());
        assertThat(row.documentId()).isEqualTo(5);
        assertThat(row.documentName()).isEqualTo("Offsets");
        assertThat(row.speaker()).isEqualTo("Anna");
        assertThat(row.score()).isPositive();
    }

    @Test
    void offsetsCountUtf16UnitsSoEmojiBeforeTheHitDoNotShiftIt() throws Exception {
        TestDocument doc = new TestDocument(6, "Emoji")
                .turn("Interviewer", "Smile 😀 please.")
                .turn("Anna", "Honestly 😀😀 the 🎉 coffee\nmachine broke 👍 again");
        index.replaceDocument(6, doc.segments());

        List<KwicHit> rows = index.search(SearchQuery.of("coffee OR again")).hits();

        assertThat(rows).extracting(KwicHit::hit).containsExactly("coffee", "again");
        for (KwicHit row : rows) {
            assertThat(doc.text().substring(row.start(), row.end())).isEqualTo(row.hit());
        }
        KwicHit coffee = rows.getFirst();
        assertThat(coffee.start()).isEqualTo(doc.text().indexOf("coffee"));
        assertThat(coffee.left()).isEqualTo("Honestly 😀😀 the 🎉 ");
        assertThat(coffee.right()).isEqualTo(" machine broke 👍 again");
    }

    @Test
    void phraseAcrossALineBreakKeepsTheExactTextAsHit() throws Exception {
        TestDocument doc = new TestDocument(7, "Lines").turn("Anna", "first line\nsecond line with hit\nword third");
        index.replaceDocument(7, doc.segments());

        KwicHit row = index.search(SearchQuery.of("\"hit word\"")).hits().getFirst();

        assertThat(row.hit()).isEqualTo("hit\nword");
        assertThat(row.left()).isEqualTo("first line second line with ");
        assertThat(row.right()).isEqualTo(" third");
    }

    @Test
    void contextIsAboutSixtyCharactersCutAtWordBoundaries() throws Exception {
        String before = IntStream.rangeClosed(1, 30).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        String after = IntStream.rangeClosed(31, 60).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));
        String text = before + " target " + after;
        index.replaceDocument(8, new TestDocument(8, "Long").turn("Anna", text).segments());

        KwicHit row = index.search(SearchQuery.of("target")).hits().getFirst();

        assertThat(row.left()).hasSizeBetween(50, KwicExtractor.CONTEXT_CHARS).endsWith("word30 ");
        assertThat(row.right()).hasSizeBetween(50, KwicExtractor.CONTEXT_CHARS).startsWith(" word31");
        // whole words only: the context is preceded / followed by a space in the text
        int leftStart = text.indexOf(" target") + 1 - row.left().length();
        assertThat(text.charAt(leftStart - 1)).isEqualTo(' ');
        assertThat(text.substring(leftStart, leftStart + row.left().length())).isEqualTo(row.left());
        int rightEnd = text.indexOf("target ") + "target".length() + row.right().length();
        assertThat(text.charAt(rightEnd)).isEqualTo(' ');
        assertThat(row.left() + row.hit() + row.right()).isSubstringOf(text);
    }

    @Test
    void aWordLongerThanTheContextIsCutInsteadOfDropped() {
        String text = "x".repeat(100) + " hit " + "y".repeat(100);
        int hit = text.indexOf("hit");

        assertThat(KwicExtractor.leftContext(text, hit)).isEqualTo("x".repeat(59) + " ");
        assertThat(KwicExtractor.rightContext(text, hit + 3)).isEqualTo(" " + "y".repeat(59));
    }

    @Test
    void limitCapsRowsButNotTotals() throws Exception {
        List<IndexedSegment> segments = new ArrayList<>();
        TestDocument doc = new TestDocument(9, "Many");
        for (int i = 0; i < 5; i++) {
            doc.turn("Anna", "coffee in the morning, coffee at night, turn " + i);
        }
        segments.addAll(doc.segments());
        index.rebuild(segments, 3);

        SearchResult limited = index.search(new SearchQuery("coffee", Set.of(), Set.of(), Set.of(), Set.of(), 3));
        assertThat(limited.hits()).hasSize(3);
        assertThat(limited.totalSegments()).isEqualTo(5);
        assertThat(limited.totalHits()).isEqualTo(10);

        SearchResult four = index.search(new SearchQuery("coffee", Set.of(), Set.of(), Set.of(), Set.of(), 4));
        assertThat(four.hits()).hasSize(4);
        assertThat(four.totalHits()).isEqualTo(10);

        SearchResult unlimited = index.search(new SearchQuery("coffee", Set.of(), Set.of(), Set.of(), Set.of(), 0));
        assertThat(unlimited.hits()).hasSize(10);
        assertThat(unlimited.totalHits()).isEqualTo(10);
        assertThat(unlimited.hits()).extracting(h -> doc.text().substring(h.start(), h.end())).containsOnly("coffee");

        SearchResult filterOnly = index.search(new SearchQuery("", Set.of(), Set.of(9L), Set.of(), Set.of(), 2));
        assertThat(filterOnly.hits()).hasSize(2);
        assertThat(filterOnly.totalSegments()).isEqualTo(5);
        assertThat(filterOnly.totalHits()).isEqualTo(5);
    }

    @Test
    void rowsAreRankedBySegmentScoreThenOffset() throws Exception {
        TestDocument doc = new TestDocument(10, "Rank")
                .turn("Anna", "We talked about many things that day, the weather, the roads and then briefly coffee.")
                .turn("Bo", "Coffee, coffee, coffee!");
        index.replaceDocument(10, doc.segments());

        List<KwicHit> rows = index.search(SearchQuery.of("coffee")).hits();

        assertThat(rows).hasSize(4);
        assertThat(rows.subList(0, 3)).allSatisfy(h -> assertThat(h.speaker()).isEqualTo("Bo"));
        assertThat(rows.subList(0, 3)).extracting(KwicHit::start).isSorted();
        assertThat(rows.get(0).score()).isGreaterThan(rows.get(3).score());
        assertThat(rows.get(3).speaker()).isEqualTo("Anna");
    }

    @Test
    void overlappingQueryPartsGiveOneRowPerSpan() throws Exception {
        index.replaceDocument(11, new TestDocument(11, "Dup").turn("Anna", "coffee and more coffee").segments());

        SearchResult result = index.search(SearchQuery.of("coffee OR coff*"));

        assertThat(result.hits()).extracting(KwicHit::hit).containsExactly("coffee", "coffee");
        assertThat(result.totalHits()).isEqualTo(2);
    }
}
