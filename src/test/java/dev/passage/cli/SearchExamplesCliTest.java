package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.sample.SampleStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's search examples find something on the sample, and a short fuzzy term stays close to itself. */
class SearchExamplesCliTest {
    /** The README's proximity example (Search syntax): keep the two in step. */
    static final String README_PROXIMITY_EXAMPLE = "\"fejl lære\"~5";

    @TempDir
    static Path tmp;
    static String project;

    @BeforeAll
    static void buildSample() throws Exception {
        Path p = tmp.resolve("sample.passage");
        SampleStudy.build(p);
        project = p.toString();
    }

    private static List<String> hitWords(String query) throws Exception {
        CliRun r = CliRun.of("search", project, query, "--limit", "1000", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        List<String> words = new ArrayList<>();
        for (JsonNode h : r.json().get("hits")) {
            words.add(h.get("hit").asText().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    @Test
    void theReadmesProximityExampleFindsSomethingOnTheSample() throws Exception {
        assertThat(hitWords(README_PROXIMITY_EXAMPLE)).isNotEmpty();
    }

    @Test
    void aBareFuzzyFourLetterWordAllowsOneEditSoFejlDoesNotMatchDel() throws Exception {
        List<String> words = hitWords("fejl~");
        assertThat(words).contains("fejl").doesNotContain("del");
        assertThat(hitWords("fejl~2")).contains("del");
    }
}
