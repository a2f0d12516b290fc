package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.passage.agreement.AgreementFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** `passage agreement` on {@link AgreementFixture}: the text table, the JSON names of issue 12, the files, and bad input. */
class AgreementCliTest {
    @TempDir
    Path tmp;
    String project;

    @BeforeEach
    void team() throws Exception {
        new AgreementFixture(tmp).close();
        project = tmp.resolve("test.passage").toString();
    }

    @Test
    void jsonHasTheIssuesNamesWithNullWhereUndefined() throws Exception {
        CliRun run = CliRun.of("agreement", project, "--coders", "ann,ben", "--code", "Theme", "--doc", "Long", "--json");
        assertThat(run.code()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("unit").asText()).isEqualTo("character");
        assertThat(json.get("coders")).extracting(JsonNode::asText).containsExactly("ann", "ben");
        JsonNode theme = json.get("codes").get(0);
        assertThat(theme.get("code").asText()).isEqualTo("Theme");
        assertThat(theme.get("percentAgreement").asDouble()).isCloseTo(0.85, within(1e-9));
        assertThat(theme.get("cohenKappa").asDouble()).isCloseTo(0.318, within(0.0005));
        assertThat(theme.get("krippendorffAlpha").asDouble()).isCloseTo(0.315, within(0.0005));
        assertThat(theme.get("brennanPrediger").asDouble()).isCloseTo(0.70, within(1e-9));
        assertThat(theme.get("units").asLong()).isEqualTo(1000);
        assertThat(theme.get("documents").get(0).get("document").asText()).isEqualTo("Long");
        // one document: no interval (documents are the clusters)
        assertThat(theme.get("ci95").get("percentAgreement").isNull()).isTrue();
        for (String name : List.of("percentAgreement", "cohenKappa", "krippendorffAlpha", "brennanPrediger", "units", "ci95")) {
            assertThat(json.get("overall").has(name)).as(name).isTrue();
        }
        assertThat(json.get("chance").get("cohenKappa").asText()).contains("pA·pB");

        JsonNode three = CliRun.of("agreement", project, "--coders", "ann,ben,cara", "--code", "Theme", "--json").json();
        assertThat(three.get("codes").get(0).get("cohenKappa").isNull()).isTrue();
        assertThat(three.get("codes").get(0).get("ci95").get("krippendorffAlpha").get("low").isNumber()).isTrue();

        JsonNode segments = CliRun.of("agreement", project, "--coders", "ann,ben", "--unit", "segment", "--doc", "Short", "--code",
                                      "Theme", "--overlap", "0.9", "--json").json();
        assertThat(segments.get("overlap").asDouble()).isEqualTo(0.9);
        assertThat(segments.get("codes").get(0).get("krippendorffAlpha").isNull()).isTrue();
        assertThat(segments.get("codes").get(0).get("unmatched").get(0).get("start").asInt()).isEqualTo(150);

        JsonNode domain = CliRun.of("agreement", project, "--coders", "ann,ben", "--unit", "document", "--domain", "Mood", "--json").json();
        assertThat(domain.get("domain").asText()).isEqualTo("Mood");
        assertThat(domain.get("codes").get(0).get("krippendorffAlpha").asDouble()).isCloseTo(0, within(1e-9));
    }

    @Test
    void theTextTableStatesTheUnitAndEveryChanceModel() {
        CliRun run = CliRun.of("agreement", project, "--coders", "ann,ben", "--code", "Theme", "--per-document");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("unit of analysis: character").contains("One unit is each character of the 3 documents")
                             .contains("Chance models:").contains("Cohen's kappa: Cohen: pA·pB + (1−pA)(1−pB)")
                             .contains("Brennan-Prediger kappa: Brennan–Prediger: 1/2").containsPattern("\\n  Long\\s+1000\\s+0\\.850")
                             .containsPattern("Theme\\s+1300\\s+0\\.865 \\[");
        CliRun segments = CliRun.of("agreement", project, "--coders", "ann,ben", "--unit", "segment", "--code", "Theme");
        assertThat(segments.out()).contains("segment (overlap ≥ 90% of the longer)").contains("unmatched segments:")
                                  .containsPattern("Theme\\s+Short\\s+150-160\\s+ann, not matched by ben");
    }

    @Test
    void csvAndHtmlFilesStateUnitAndChanceWithEveryNumber() throws Exception {
        Path csv = tmp.resolve("agreement.csv");
        Path html = tmp.resolve("agreement.html");
        assertThat(CliRun.of("agreement", project, "--coders", "ann,ben", "--code", "Theme", "--csv", csv.toString(), "--html",
                             html.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("level,code,document,unit of analysis,coders,units,")
                                    .contains("Cohen's kappa (chance: Cohen: pA·pB + (1−pA)(1−pB)");
        assertThat(lines).hasSize(1 + 1 + 3 + 1); // header, Theme, its 3 documents, overall
        assertThat(lines.get(2)).startsWith("document,Theme,Long,character,ann;ben,1000,0.8500,");
        String page = Files.readString(html);
        assertThat(page).contains("Unit of analysis: character").contains("Chance model").contains("<td>Theme</td>")
                        .contains("0.865 <span class=\"ci\">[");
    }

    @Test
    void unknownNamesAndTooFewCodersAreErrorsNotZeros() {
        List<CliRun> bad = new ArrayList<>();
        bad.add(CliRun.of("agreement", project, "--coders", "ann,zoe"));
        bad.add(CliRun.of("agreement", project, "--coders", "ann"));
        bad.add(CliRun.of("agreement", project, "--coders", "ann,ben", "--code", "Nope"));
        bad.add(CliRun.of("agreement", project, "--coders", "ann,ben", "--doc", "Nowhere"));
        bad.add(CliRun.of("agreement", project, "--coders", "ann,ben", "--unit", "document", "--domain", "Nope"));
        bad.add(CliRun.of("agreement", project, "--coders", "ann,ben", "--unit", "words"));
        for (CliRun r : bad) {
            assertThat(r.code()).as(r.err()).isEqualTo(3);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).isEmpty();
        }
        assertThat(bad.get(0).err()).contains("\"zoe\"").contains("ann, ben, cara");
        assertThat(bad.get(1).err()).contains("at least two coders");
        assertThat(bad.get(2).err()).contains("\"Nope\"");
        assertThat(bad.get(3).err()).contains("\"Nowhere\"");
        assertThat(bad.get(4).err()).contains("\"Nope\"");
    }
}
