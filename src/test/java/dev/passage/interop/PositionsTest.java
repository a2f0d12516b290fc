package dev.passage.interop;

import dev.passage.TestProjects;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** UTF-16 offsets become code points on export and map back through CRLF, BOM and NFC on import. */
class PositionsTest {
    @TempDir
    Path tmp;

    @Test
    void exportWritesCodePointsAndTheSameTextComesBack() throws Exception {
        String text = "Hun sagde 😀 og så 👍🏽 igen.\n\nDet var 𝔣𝔦𝔫𝔢 – ok.";
        Path qdpx = tmp.resolve("emoji.qdpx");
        try (ProjectSession s = TestProjects.create(tmp, Language.DA)) {
            long doc = TestProjects.importText(s, tmp, "emoji", text);
            String stored = s.documents().text(doc).orElseThrow();
            Code code = s.codebook().add(null, "Smiles", "#E69F00", CodeDescription.of("faces"));
            int smile = stored.indexOf("😀");
            int fine = stored.indexOf("𝔣");
            s.coding().apply(doc, smile, smile + 2, code.id());                       // the emoji alone
            s.coding().apply(doc, stored.indexOf("👍"), stored.indexOf(" igen"), code.id()); // emoji + skin tone modifier
            s.coding().apply(doc, fine, stored.indexOf(" –"), code.id());              // mathematical letters, all astral
            s.interop().exportProject(qdpx);
        }
        String qde = QdpxRoundTripTest.qde(qdpx);
        List<int[]> positions = positions(qde);
        String stored = "Hun sagde 😀 og så 👍🏽 igen.\n\nDet var 𝔣𝔦𝔫𝔢 – ok.";
        assertThat(positions).extracting(p -> p[0] + "-" + p[1]).containsExactlyInAnyOrder(
            cp(stored, stored.indexOf("😀")) + "-" + (cp(stored, stored.indexOf("😀")) + 1),
            cp(stored, stored.indexOf("👍")) + "-" + (cp(stored, stored.indexOf("👍")) + 2),
            cp(stored, stored.indexOf("𝔣")) + "-" + (cp(stored, stored.indexOf("𝔣")) + 4));
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            byte[] source = zip.stream().filter(e -> e.getName().startsWith("sources/")).findFirst()
                               .map(e -> read(zip, e)).orElseThrow();
            assertThat(source[0]).isNotEqualTo((byte) 0xEF); // no BOM
            assertThat(new String(source, StandardCharsets.UTF_8)).isEqualTo(stored).doesNotContain("\r");
        }
        Path copy = tmp.resolve("copy.passage");
        QdpxImporter.importProject(qdpx, copy, ImportOptions.of(Language.DA, "anna"));
        try (ProjectStore store = ProjectStore.open(copy)) {
            assertThat(ProjectContent.of(store.database()).codings()).containsExactlyInAnyOrder(
                "emoji | Smiles | 😀 | anna | memo=null", "emoji | Smiles | 👍🏽 | anna | memo=null", "emoji | Smiles | 𝔣𝔦𝔫𝔢 | anna | memo=null");
        }
    }

    @Test
    void code_points_are_counted_past_astral_characters() {
        SourceText t = SourceText.of("a😀b", PositionModel.CODE_POINTS);
        assertThat(t.units()).isEqualTo(3);
        assertThat(slice(t, 1, 2)).isEqualTo("😀");
        assertThat(slice(t, 2, 3)).isEqualTo("b");
        assertThat(t.map(2, 4)).isNull(); // beyond the text
    }

    @Test
    void utf16_units_count_crlf_as_two_and_map_onto_lf_text() {
        String raw = "Q: 😀 ok\r\nA: fine\r\n";
        SourceText t = SourceText.of(raw, PositionModel.UTF16);
        assertThat(t.text()).isEqualTo("Q: 😀 ok\nA: fine\n");
        int a = raw.indexOf("A:");
        assertThat(slice(t, a, a + 7)).isEqualTo("A: fine");
        assertThat(slice(t, 3, 5)).isEqualTo("😀");
        assertThat(slice(t, 0, raw.length())).isEqualTo(t.text());
    }

    @Test
    void atlas_counts_crlf_as_one() {
        SourceText t = SourceText.of("ab\r\ncd\r\nef", PositionModel.CODE_POINTS_CRLF_AS_ONE);
        assertThat(t.units()).isEqualTo(8);
        assertThat(slice(t, 3, 5)).isEqualTo("cd");
        assertThat(slice(t, 6, 8)).isEqualTo("ef");
    }

    @Test
    void decomposed_accents_are_composed_and_selections_follow() {
        String raw = "Cafe\u0301 og Ma\u030Alo\u0308v";   // "Café og Målöv" in NFD
        SourceText t = SourceText.of(raw, PositionModel.CODE_POINTS);
        assertThat(t.text()).isEqualTo("Café og Målöv");
        assertThat(slice(t, 0, 5)).isEqualTo("Café");            // five code points in the raw text
        assertThat(slice(t, 9, 16)).isEqualTo("Målöv");
        assertThat(slice(t, 0, 4)).isEqualTo("Café");            // ending before the accent widens to the whole letter
    }

    private static String slice(SourceText t, long start, long end) {
        int[] r = t.map(start, end);
        return t.text().substring(r[0], r[1]);
    }

    private static int cp(String s, int utf16) {
        return s.codePointCount(0, utf16);
    }

    private static List<int[]> positions(String qde) {
        Matcher m = Pattern.compile("startPosition=\"(\\d+)\" endPosition=\"(\\d+)\"").matcher(qde);
        List<int[]> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
        }
        return out;
    }

    private static byte[] read(ZipFile zip, java.util.zip.ZipEntry e) {
        try {
            return zip.getInputStream(e).readAllBytes();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }
}
