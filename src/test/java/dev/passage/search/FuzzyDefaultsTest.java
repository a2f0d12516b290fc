package dev.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passage.model.Language;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A bare {@code term~} allows edits by the term's length (0 for 1-2 letters, 1 for 3-5, 2 longer); {@code term~N} allows N. */
class FuzzyDefaultsTest {
    private final TestDocument bo = new TestDocument(1, "Interview Bo")
            .turn("Interviewer", "Tell me about your team.")
            .turn("Bo", "Our team ran a test of the text editor, then put up a tent and a toast.")
            .turn("Bo", "We made many mistakes with the new system.");

    private LuceneSearchIndex index;

    @BeforeEach
    void setUp() throws Exception {
        index = LuceneSearchIndex.inMemory(Language.EN);
        index.rebuild(TestDocument.all(bo), 1);
    }

    @AfterEach
    void tearDown() throws Exception {
        index.close();
    }

    private List<String> hits(String text) throws Exception {
        return index.search(SearchQuery.of(text)).hits().stream().map(KwicHit::hit).toList();
    }

    @Test
    void aFourLetterTermAllowsOneEdit() throws Exception {
        assertThat(hits("test~")).containsExactlyInAnyOrder("test", "text", "tent").doesNotContain("toast");
    }

    @Test
    void aTwoLetterTermAllowsNone() throws Exception {
        assertThat(hits("me~")).containsOnly("me");
    }

    @Test
    void aLongTermAllowsTwoEdits() throws Exception {
        assertThat(hits("sistem~")).containsOnly("system");
    }

    @Test
    void anExplicitDistanceDoesWhatItSays() throws Exception {
        assertThat(hits("test~2")).contains("toast");
        assertThat(hits("me~1")).contains("We");
    }

    @Test
    void theRuleByLength() {
        assertThat(FuzzyDefaults.maxEdits("ab")).isZero();
        assertThat(FuzzyDefaults.maxEdits("abc")).isEqualTo(1);
        assertThat(FuzzyDefaults.maxEdits("fejl")).isEqualTo(1);
        assertThat(FuzzyDefaults.maxEdits("abcde")).isEqualTo(1);
        assertThat(FuzzyDefaults.maxEdits("abcdef")).isEqualTo(2);
    }
}
