package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.sample.SampleStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** `segments` lists each segment with who coded it. */
class SegmentsCliTest {
    @TempDir
    static Path tmp;
    static String project;

    @BeforeAll
    static void buildSample() throws Exception {
        Path p = tmp.resolve("sample.passage");
        SampleStudy.build(p);
        project = p.toString();
    }

    @Test
    void theTextOutputShowsTheCoderOfEachSegment() throws Exception {
        JsonNode segs = CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--json").json();
        CliRun text = CliRun.of("segments", project, "--code", "Barriers/Fear of blame");
        assertThat(text.code()).as(text.err()).isZero();
        int checked = 0;
        for (JsonNode s : segs) {
            String line = text.out().lines().filter(l -> l.startsWith("#" + s.get("codingId").asLong() + " ")).findFirst().orElseThrow();
            assertThat(line).as(line).contains(" " + s.get("coder").asText() + " ");
            checked++;
        }
        assertThat(checked).isGreaterThan(1);
        assertThat(text.out()).contains(" jonas ").contains(" anna ");
    }

    @Test
    void docAndSetNarrowTheSegmentsToThoseDocuments() throws Exception {
        String doc = "Interview 01 – Hjemmepleje Nord – leader";
        JsonNode all = CliRun.of("segments", project, "--code", "Psychological safety", "--json").json();
        JsonNode one = CliRun.of("segments", project, "--code", "Psychological safety", "--doc", "Interview 01", "--json").json();
        assertThat(one.size()).isPositive().isLessThan(all.size());
        one.forEach(g -> assertThat(g.get("documentName").asText()).isEqualTo(doc));

        assertThat(CliRun.of("sets", project, "add", "Leaders", "Interview 01", "Interview 03").code()).isZero();
        JsonNode leaders = CliRun.of("segments", project, "--code", "Psychological safety", "--set", "Leaders", "--json").json();
        assertThat(leaders.size()).isGreaterThan(one.size());
        leaders.forEach(g -> assertThat(g.get("documentName").asText()).startsWith("Interview 0").matches(".*(01|03) – .*"));
        CliRun unknown = CliRun.of("segments", project, "--code", "Psychological safety", "--set", "Nobody");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("Leaders");
    }

    @Test
    void aWhereConditionOnASetNarrowsEveryCommandThatTakesConditions() throws Exception {
        assertThat(CliRun.of("sets", project, "add", "Pair", "Interview 02", "Interview 04").code()).isZero();
        JsonNode all = CliRun.of("segments", project, "--code", "Psychological safety", "--json").json();
        JsonNode in = CliRun.of("segments", project, "--code", "Psychological safety", "--where", "set = pair", "--json").json();
        JsonNode out = CliRun.of("segments", project, "--code", "Psychological safety", "--where", "set != Pair", "--json").json();
        assertThat(in.size()).isPositive();
        in.forEach(g -> assertThat(g.get("documentName").asText()).matches("Interview 0[24] – .*"));
        assertThat(in.size() + out.size()).isEqualTo(all.size());
        CliRun frequencies = CliRun.of("frequencies", project, "--by", "document", "--where", "set = Pair");
        assertThat(frequencies.code()).as(frequencies.err()).isZero();
        assertThat(frequencies.out()).contains("Interview 02").doesNotContain("Interview 05");

        CliRun unknown = CliRun.of("segments", project, "--code", "Psychological safety", "--where", "set = Nobody");
        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("no document set \"Nobody\"").contains("\"Pair\"");
        assertThat(CliRun.of("segments", project, "--code", "Psychological safety", "--where", "set > Pair").code()).isEqualTo(3);
    }
}
