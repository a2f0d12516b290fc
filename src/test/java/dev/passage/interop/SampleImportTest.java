package dev.passage.interop;

import dev.passage.model.Language;
import dev.passage.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shared sample imports, each selection lands on the characters its producer meant (expected strings taken from the
 * sample's own data), and whatever Passage cannot take over is listed in the report.
 */
class SampleImportTest {
    private static final Pattern SELECTION = Pattern.compile(
        "<PlainTextSelection[^>]*?name=\"([^\"]*)\"[^>]*?startPosition=\"(\\d+)\" endPosition=\"(\\d+)\"[^>]*>(.*?)</PlainTextSelection>",
        Pattern.DOTALL);

    @TempDir
    Path tmp;

    private record Imported(InteropReport report, ProjectContent content) {
    }

    private Imported importSample(Path sample) throws Exception {
        Path project = tmp.resolve("p.passage");
        InteropReport report = QdpxImporter.importProject(sample, project, ImportOptions.of(Language.EN, "importer"));
        try (ProjectStore store = ProjectStore.open(project)) {
            return new Imported(report, ProjectContent.of(store.database()));
        }
    }

    /** "document | code path | coded text | ..." lines reduced to the coded text. */
    private static List<String> codedTexts(ProjectContent c) {
        List<String> out = new ArrayList<>();
        for (String line : c.codings()) {
            String rest = line.substring(line.indexOf(" | ") + 3);
            rest = rest.substring(rest.indexOf(" | ") + 3);
            out.add(rest.substring(0, rest.lastIndexOf(" | ", rest.lastIndexOf(" | memo=") - 1)));
        }
        return out;
    }

    @Test
    void nvivoWindows_countsUtf16UnitsWithCrlfAsTwoOnTheRawText() throws Exception {
        Path sample = SharedSamples.sample("nvivo12win-oltas.qdpx");
        String qde;
        String raw;
        try (ZipFile zip = new ZipFile(sample.toFile())) {
            qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            raw = new String(zip.getInputStream(zip.getEntry("Sources/56a79789-d535-4fb8-bedd-a915504c54ba.txt")).readAllBytes(),
                             StandardCharsets.UTF_8).substring(1); // the BOM
        }
        assertThat(raw).contains("\r\n");
        List<String> expected = new ArrayList<>();
        Matcher m = SELECTION.matcher(qde);
        while (m.find()) {
            String selected = raw.substring(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))); // Java indices = UTF-16 units
            int codings = m.group(4).split("<Coding ", -1).length - 1;
            for (int i = 0; i < codings; i++) {
                expected.add(Normalizer.normalize(selected.replace("\r\n", "\n"), Normalizer.Form.NFC));
            }
        }
        assertThat(expected).hasSize(97);
        Imported imported = importSample(sample);
        assertThat(imported.report().losses()).isEmpty();
        assertThat(imported.content().texts()).containsOnlyKeys("videos_selection");
        assertThat(imported.content().texts().get("videos_selection")).doesNotContain("\r").doesNotStartWith("\uFEFF");
        List<String> coded = codedTexts(imported.content());
        assertThat(coded).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(coded).contains("Mi az a fityesznek? Akkor írják át amikor akarják 🤣🤣🤣");
        assertThat(coded).allSatisfy(t -> assertThat(t).doesNotStartWith(" ").doesNotEndWith(" "));
        assertThat(imported.content().coders()).containsExactlyInAnyOrder("floriansipos");
        assertThat(imported.report().warnings()).anySatisfy(w -> assertThat(w).contains("UTF16"));
    }

    @Test
    void qualitativeCoding_bareSourcePathsAndSelectionsThatAreWholeLines() throws Exception {
        Path sample = SharedSamples.sample("qc132-demo.qdpx");
        String qde;
        List<String> expected = new ArrayList<>();
        try (ZipFile zip = new ZipFile(sample.toFile())) {
            qde = new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
            for (String source : List.of("board_2017.txt", "admin-1.txt")) {
                String text = new String(zip.getInputStream(zip.getEntry("sources/" + source)).readAllBytes(), StandardCharsets.UTF_8);
                String[] lines = text.split("\n", -1);
                int from = qde.indexOf("plainTextPath=\"" + source + "\"");
                int next = qde.indexOf("<TextSource ", from + 1);
                Matcher m = SELECTION.matcher(qde.substring(from, next < 0 ? qde.length() : next));
                while (m.find()) { // qc writes name="line:N": the selection is line N (counted from 0) with its line end
                    int line = Integer.parseInt(m.group(1).substring("line:".length()));
                    int codings = m.group(4).split("<Coding ", -1).length - 1;
                    for (int i = 0; i < codings; i++) {
                        expected.add(lines[line].strip());
                    }
                }
            }
        }
        Imported imported = importSample(sample);
        assertThat(imported.report().losses()).isEmpty();
        assertThat(imported.content().texts()).containsOnlyKeys("board_2017", "admin-1");
        List<String> coded = codedTexts(imported.content()).stream().map(String::strip).toList();
        assertThat(coded).hasSizeGreaterThan(150).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(imported.content().codes()).anySatisfy(c -> assertThat(c).startsWith("rq1_definition/competencies/programming |"));
    }

    @Test
    void maxqda_unzippedFolderWithUpperCaseGuidsSetsAndDescriptions() throws Exception {
        Path folder = SharedSamples.sample("maxqda24-paper_themes");
        Imported imported = importSample(folder.resolve("project.qde"));
        assertThat(imported.report().count("codes")).isEqualTo(307);
        assertThat(imported.content().codes()).hasSize(307)
            .anySatisfy(c -> assertThat(c).startsWith("Additional Themes and Ideas/THEME - Affinity Spaces (Gee) | #EF8256 | ")
                                          .contains("Apply this code when a study uses Gee's concept of affinity spaces."));
        assertThat(imported.content().texts()).hasSize(10).containsKey("ICLS 2024 3-10");
        String file = Files.readString(folder.resolve("sources/C5E4C960-5296-4FDE-8C63-DEABA4E17F92.txt"), StandardCharsets.UTF_8);
        String expected = Normalizer.normalize(file.replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
        assertThat(imported.content().texts().get("ICLS 2024 3-10")).isEqualTo(expected);
        // its two sets of sources come back as document sets
        assertThat(imported.report().losses()).isEmpty();
        assertThat(imported.report().count("document sets")).isEqualTo(2);
    }

    @Test
    void atlas_withoutItsSourceFiles_importsWhatItCanAndListsTheRest() throws Exception {
        Imported imported = importSample(SharedSamples.sample("atlasti8mac-standard-project.qde"));
        InteropReport r = imported.report();
        assertThat(r.count("codes")).isEqualTo(14);
        assertThat(r.lossesByKind()).containsKeys("TextSource", "PictureSource", "AudioSource", "VideoSource", "Set", "Graph", "PDFSelection");
        assertThat(r.losses()).filteredOn(l -> l.kind().equals("TextSource"))
                              .allSatisfy(l -> assertThat(l.reason()).contains("missing from the sources folder"));
        // 15 of its 16 sets hold codes or sources that were not imported (said per set); the empty one comes over as it is
        assertThat(r.lossCount("Set")).isEqualTo(15);
        assertThat(r.count("document sets")).isEqualTo(1);
        assertThat(imported.content().memos()).anySatisfy(m -> assertThat(m).contains("Research Plan")
                                                                              .contains("This is a great project"));
        assertThat(imported.content().codes()).anySatisfy(c -> assertThat(c).startsWith("Coke | #966450 | ")
                                                                            .contains("the breakfast of champions"));
    }

    @Test
    void taguette_codebookWithAnEmptySetsElementIsReadLeniently() throws Exception {
        Path qdc = SharedSamples.sample("taguette-tests-expected-codebook.qdc");
        try (var s = dev.passage.TestProjects.create(tmp, Language.EN)) {
            InteropReport r = s.interop().importCodebook(qdc);
            assertThat(r.count("codes added")).isEqualTo(3);
            assertThat(r.losses()).isEmpty();
            assertThat(s.codebook().codebook().all()).extracting(dev.passage.model.Code::name)
                .containsExactly("interesting", "people", "interesting\\places");
            InteropReport again = s.interop().importCodebook(qdc);
            assertThat(again.count("codes already present")).isEqualTo(3);
            assertThat(s.codebook().codebook().size()).isEqualTo(3);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> QdaSchemas.validate(QdaSchemas.Kind.CODEBOOK, qdc))
            .isInstanceOf(InteropException.class).hasMessageContaining("taguette-tests-expected-codebook.qdc").hasMessageContaining("line 2").hasMessageContaining("Sets");
    }
}
