package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.mixed.StudyFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** `frequencies` and the `--where` of `matrix`, `joint` and `cooccurrence` on the hand-checked study. */
class FrequenciesCliTest {
    @TempDir
    Path tmp;
    String project;

    @BeforeEach
    void study() throws Exception {
        try (var f = new StudyFixture(tmp)) {
            f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
        }
        project = tmp.resolve("test.passage").toString();
    }

    @Test
    void frequenciesByUnitAsTextAndJson() throws Exception {
        CliRun text = CliRun.of("frequencies", project);
        assertThat(text.code()).isZero();
        // Safety with Speaking up: 8 segments in 6 documents; North 4 (2)
        assertThat(text.out()).contains("North").contains("(no unit)").containsPattern("Safety\\s+8 \\(6\\)\\s+0 \\(0\\)\\s+4 \\(2\\)")
                              .contains("3 codes, 7 documents counted");
        JsonNode json = CliRun.of("frequencies", project, "--by", "coder", "--code", "Safety", "--code-only", "--json").json();
        assertThat(json.get("rows")).hasSize(2);
        assertThat(json.get("rows").get(0).get("total").get("segments").asInt()).isEqualTo(6);
        assertThat(json.get("groups").get(0).get("name").asText()).isEqualTo("anna");
    }

    @Test
    void frequenciesRefusesWhatItCannotCount() {
        assertThat(CliRun.of("frequencies", project, "--by", "speaker").code()).isEqualTo(3);
        assertThat(CliRun.of("frequencies", project, "--code", "Nope").code()).isEqualTo(3);
        assertThat(CliRun.of("frequencies", project, "--where", "nothing > 2").code()).isEqualTo(3);
    }

    @Test
    void whereNarrowsTheDocumentsCounted() throws Exception {
        JsonNode f = CliRun.of("frequencies", project, "--where", "unit.size > 20", "--json").json();
        assertThat(f.get("documents").asInt()).isEqualTo(1);
        JsonNode m = CliRun.of("matrix", project, "--where", "unit.size > 20", "--json").json();
        assertThat(m.get("rows").get(0).get("total").get("segments").asInt()).isEqualTo(1);
        assertThat(m.get("definition").asText()).contains("meeting unit.size > 20");
        assertThat(CliRun.of("matrix", project).out()).doesNotContain("meeting");
        JsonNode co = CliRun.of("cooccurrence", project, "--where", "unit.size > 20", "--json").json();
        assertThat(co).isEmpty();
        assertThat(CliRun.of("cooccurrence", project, "--json").json()).hasSize(2);
        CliRun joint = CliRun.of("joint", project, "--code", "Safety", "--score", "size", "--where", "unit.size > 20");
        assertThat(joint.code()).isZero();
        assertThat(joint.out()).contains("meeting unit.size > 20");
    }
}
