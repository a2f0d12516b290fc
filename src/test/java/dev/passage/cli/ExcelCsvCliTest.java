package dev.passage.cli;

import dev.passage.sample.SampleStudy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** --excel writes CSV that Danish Excel opens as written: BOM, ";" and decimal commas; without it the CSV is plain for R/pandas. */
class ExcelCsvCliTest {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    static Path tmp;
    static String project;
    private Locale before;

    @BeforeAll
    static void buildSample() throws Exception {
        Path p = tmp.resolve("sample.passage");
        SampleStudy.build(p);
        project = p.toString();
    }

    @BeforeEach
    void danish() {
        before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag("da-DK"));
    }

    @AfterEach
    void back() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    private static byte[] run(String name, String... args) throws Exception {
        Path file = tmp.resolve(name);
        String[] all = Arrays.copyOf(args, args.length + 1);
        all[args.length] = file.toString();
        CliRun r = CliRun.of(all);
        assertThat(r.code()).as(r.err()).isZero();
        return Files.readAllBytes(file);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void anExcelExportStartsWithTheBomKeepsDanishLettersAndUsesSemicolons() throws Exception {
        byte[] b = run("excel.csv", "export", project, "--excel", "--out");
        assertThat(Arrays.copyOf(b, 3)).isEqualTo(BOM);
        String s = text(Arrays.copyOfRange(b, 3, b.length));
        String header = s.lines().findFirst().orElseThrow();
        assertThat(header).contains(";").doesNotContain(",");
        assertThat(s).contains("æ").contains("ø").contains("å");
    }

    @Test
    void anExcelTidyTableHasDecimalCommas() throws Exception {
        byte[] b = run("tidy-excel.csv", "quantitize", project, "--excel", "--csv");
        assertThat(Arrays.copyOf(b, 3)).isEqualTo(BOM);
        List<String> lines = text(Arrays.copyOfRange(b, 3, b.length)).lines().toList();
        assertThat(lines.getFirst()).startsWith("unit;code_path;segments;");
        assertThat(String.join("\n", lines.subList(1, lines.size()))).containsPattern(";0,\\d+").doesNotContainPattern(";\\d+\\.\\d+");
    }

    @Test
    void historyAndMatrixTakeExcelToo() throws Exception {
        assertThat(Arrays.copyOf(run("history-excel.csv", "history", project, "--excel", "--csv"), 3)).isEqualTo(BOM);
        assertThat(Arrays.copyOf(run("matrix-excel.csv", "matrix", project, "--excel", "--csv"), 3)).isEqualTo(BOM);
    }

    @Test
    void aPlainCsvStaysAsItWasForROrPandas() throws Exception {
        byte[] b = run("plain.csv", "export", project, "--out");
        assertThat(Arrays.copyOf(b, 3)).isNotEqualTo(BOM);
        assertThat(text(b).lines().findFirst().orElseThrow()).contains(",").doesNotContain(";");
        String tidy = text(run("tidy.csv", "quantitize", project, "--csv"));
        assertThat(tidy).startsWith("unit,code_path,segments,").containsPattern(",0\\.\\d+");
    }
}
