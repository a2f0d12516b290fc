package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.sample.SampleStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** `crosstab --by NAME` reads a shared name as --where does (README: an interviewee's and a respondent's role act as one). */
class CrosstabByCliTest {
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
    void aDocumentAndARespondentVariableOfOneNameActAsOne() throws Exception {
        CliRun r = CliRun.of("crosstab", project, "--by", "role", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode x = r.json();
        int carriers = 0;
        for (JsonNode g : x.get("groups")) {
            carriers += g.get("size").asInt();
        }
        CliRun documents = CliRun.of("crosstab", project, "--by", "document.role", "--json");
        CliRun respondents = CliRun.of("crosstab", project, "--by", "respondent.role", "--json");
        assertThat(documents.code()).as(documents.err()).isZero();
        assertThat(respondents.code()).as(respondents.err()).isZero();
        int respondentCarriers = 0;
        for (JsonNode g : respondents.json().get("groups")) {
            respondentCarriers += g.get("size").asInt();
        }
        // every respondent and every interview document (the ones the respondent view leaves out) is in a group
        assertThat(carriers).isEqualTo(respondentCarriers + respondents.json().get("outOfScope").asInt());
        assertThat(x.get("outOfScope").asInt()).isZero();
        assertThat(x.get("definition").asText()).contains("document and respondent variable role");
    }

    @Test
    void aWrongNameSuggestsOnlyVariablesThatExist() throws Exception {
        JsonNode vars = CliRun.of("vars", project, "list", "--json").json();
        Set<String> existing = new HashSet<>();
        for (JsonNode v : vars) {
            existing.add(v.get("scope").asText().toLowerCase() + "." + v.get("name").asText());
        }
        CliRun r = CliRun.of("crosstab", project, "--by", "rolle");
        assertThat(r.code()).isEqualTo(3);
        Matcher m = Pattern.compile("\\b(unit|document|respondent)\\.([\\w:/ -]+?)(?= \\(|,|$)").matcher(r.err().strip());
        int named = 0;
        while (m.find()) {
            assertThat(existing).as(r.err()).contains(m.group(1) + "." + m.group(2));
            named++;
        }
        assertThat(named).as(r.err()).isPositive();
        assertThat(r.err()).doesNotContain("unit.role");
    }

    @Test
    void whereNarrowsTheCrosstabToTheDocumentsMeetingIt() throws Exception {
        CliRun all = CliRun.of("crosstab", project, "--by", "role", "--json");
        CliRun some = CliRun.of("crosstab", project, "--by", "role", "--where", "psych_safety >= 4", "--json");
        assertThat(some.code()).as(some.err()).isZero();
        int allCarriers = 0;
        int someCarriers = 0;
        for (JsonNode g : all.json().get("groups")) {
            allCarriers += g.get("size").asInt();
        }
        for (JsonNode g : some.json().get("groups")) {
            someCarriers += g.get("size").asInt();
        }
        assertThat(someCarriers).isPositive().isLessThan(allCarriers);
        assertThat(some.json().get("definition").asText()).contains("meeting psych_safety >= 4");
        assertThat(CliRun.of("crosstab", project, "--by", "role", "--where", "nosuch > 1").code()).isEqualTo(3);
    }
}
