package dev.passage.cli;

import dev.passage.sample.SampleStudy;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Unknown units, speakers, documents and codes are bad input (exit 3, one line naming the valid ones) in every command. */
class NamesCliTest {
    @TempDir
    static Path tmp;
    static String project;

    @BeforeAll
    static void buildSample() throws Exception {
        Path p = tmp.resolve("sample.passage");
        SampleStudy.build(p);
        project = p.toString();
    }

    private static void assertBadInput(CliRun r, String... mentions) {
        assertThat(r.code()).as(r.out() + r.err()).isEqualTo(3);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains(mentions);
    }

    @Test
    void unknownUnitSpeakerDocumentOrCodeInSearchIsBadInputListingTheValidNames() {
        assertBadInput(CliRun.of("search", project, "fejl", "--unit", "nowhere"), "nowhere", "\"Vej og Park\"", "\"Østre Skole\"");
        assertBadInput(CliRun.of("search", project, "fejl", "--speaker", "nobody"), "nobody", "closest");
        assertBadInput(CliRun.of("search", project, "fejl", "--doc", "Interview 99"), "Interview 99");
        assertBadInput(CliRun.of("search", project, "fejl", "--code", "Barriers/Nothing"), "Barriers/Nothing", "Barriers/Fear of blame");
        assertBadInput(CliRun.of("autocode", project, "fejl", "--code", "Barriers/Fear of blame", "--speaker", "nobody"), "nobody");
    }

    @Test
    void aUnitInAnotherCaseIsTheUnit() {
        CliRun r = CliRun.of("search", project, "fejl", "--unit", "vej og park");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Vej og Park").doesNotContain("0 hits");
    }

    @Test
    void unknownNamesInSegmentsExportAndMatrixAreBadInputToo() {
        assertBadInput(CliRun.of("segments", project, "--code", "Barriers/Fear of blame", "--unit", "nowhere"), "\"Vej og Park\"");
        assertBadInput(CliRun.of("export", project, "--out", tmp.resolve("x.csv").toString(), "--doc", "Interview 99"), "Interview 99");
        assertBadInput(CliRun.of("export", project, "--out", tmp.resolve("x.csv").toString(), "--unit", "nowhere"), "nowhere");
        assertBadInput(CliRun.of("matrix", project, "--codes", "Nope"), "Nope");
    }

    @Test
    void aDocumentIsNamedByItsIdOrAnUnambiguousBeginning() {
        CliRun byId = CliRun.of("search", project, "fejl", "--doc", "14");
        assertThat(byId.code()).as(byId.err()).isZero();
        assertThat(byId.out()).contains("Vej og Park").doesNotContain("0 hits");
        CliRun byPrefix = CliRun.of("search", project, "fejl", "--doc", "Interview 14");
        assertThat(byPrefix.code()).as(byPrefix.err()).isZero();
        assertThat(byPrefix.out()).isEqualTo(byId.out());
        assertBadInput(CliRun.of("search", project, "fejl", "--doc", "Interview 1"), "begins", "Interview 10", "Interview 16");
    }

    @Test
    void docsShowsIdsAndWholeNames() {
        CliRun r = CliRun.of("docs", project);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Interview 09 – Jobcenter Søndervig – head of youth")
                           .contains("Interview 02 – Hjemmepleje Nord – social and health");
        assertThat(r.out().lines().filter(l -> l.contains("Interview 14")).findFirst().orElseThrow()).startsWith("14 ");
    }

    @Test
    void crosstabByASharedNameSuggestsOnlyScopesThatHaveIt() {
        // README: an interviewee's and a respondent's role act as one (as in --where), so --by role is no longer ambiguous
        CliRun shared = CliRun.of("crosstab", project, "--by", "role");
        assertThat(shared.code()).as(shared.err()).isZero();
        CliRun r = CliRun.of("crosstab", project, "--by", "rolle");
        assertBadInput(r, "document.role", "respondent.role");
        assertThat(r.err()).doesNotContain("unit.role");
    }
}
