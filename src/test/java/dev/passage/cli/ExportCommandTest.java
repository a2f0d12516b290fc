package dev.passage.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.sample.SampleStudy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** `passage export` on the sample study: every coding comes out, in every format; bad input gives exit codes 2 and 3. */
class ExportCommandTest {
    @TempDir
    static Path tmp;
    static Path project;
    static SampleStudy.Summary sample;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return new ObjectMapper().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PassageCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeAll
    static void buildSample() throws Exception {
        project = tmp.resolve("sample.passage");
        sample = SampleStudy.build(project);
    }

    @Test
    void csvOfTheSampleHoldsEveryCodingWithItsText() throws Exception {
        Path file = tmp.resolve("all.csv");
        Run r = run("export", project.toString(), "--format", "csv", "--out", file.toString(), "--vars", "role,interview_date", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("rows").asInt()).isEqualTo(sample.codings());
        try (CSVParser p = CSVParser.parse(file, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).hasSize(sample.codings());
            Set<String> coders = new HashSet<>();
            for (CSVRecord row : rows) {
                assertThat(row.get("text")).isNotBlank();
                assertThat(Integer.parseInt(row.get("end")) - Integer.parseInt(row.get("start"))).isEqualTo(row.get("text").length());
                assertThat(row.get("unit")).isNotBlank();
                assertThat(row.get("role")).as("interviewees' and respondents' role in one column").isIn("leader", "employee");
                coders.add(row.get("coder"));
            }
            assertThat(coders).contains("anna", "jonas");
            assertThat(rows).extracting(x -> x.get("speaker")).doesNotContainNull().anyMatch(s -> !s.isEmpty());
        }
    }

    @Test
    void everyFormatAndReportOfTheSample() throws Exception {
        Path xlsx = tmp.resolve("all.xlsx");
        assertThat(run("export", project.toString(), "--out", xlsx.toString()).code()).isZero(); // format from the file name
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(sample.codings());
        }
        Path json = tmp.resolve("fear.json");
        Run r = run("export", project.toString(), "--format", "json", "--out", json.toString(), "--code", "Barriers", "--with-subcodes",
                    "--coder", "anna");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode rows = new ObjectMapper().readTree(json.toFile());
        assertThat(rows.size()).isPositive().isLessThan(sample.codings());
        rows.forEach(row -> {
            assertThat(row.get("code_path").asText()).matches("Barriers(/.+)?");
            assertThat(row.get("coder").asText()).isEqualTo("anna");
        });
        assertThat(r.out()).contains("wrote " + rows.size() + " excerpts");

        Path docx = tmp.resolve("codebook.docx");
        r = run("export", project.toString(), "--format", "docx", "--report", "codebook", "--out", docx.toString());
        assertThat(r.code()).as(r.err()).isZero();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables().getFirst().getRows()).hasSize(sample.codes() + 1);
        }
        Path html = tmp.resolve("excerpts.html");
        r = run("export", project.toString(), "--format", "html", "--out", html.toString(), "--unit", "Hjemmepleje Nord", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.json().get("report").asText()).isEqualTo("excerpts");
        assertThat(Files.readString(html)).contains("Hjemmepleje Nord").doesNotContain("Plejecenter Egebo").contains("<mark>");
    }

    @Test
    void refiQdaFormatsAndVariableConditions() throws Exception {
        Path qdpx = tmp.resolve("study.qdpx");
        Run r = run("export", project.toString(), "--out", qdpx.toString()); // format from the file name
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("REFI-QDA qdpx");
        try (var zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            assertThat(zip.getEntry("project.qde")).isNotNull();
        }
        Path qdc = tmp.resolve("codebook.qdc");
        assertThat(run("export", project.toString(), "--format", "qdc", "--out", qdc.toString()).code()).isZero();
        assertThat(Files.readString(qdc)).contains("Fear of blame");
        assertThat(run("export", project.toString(), "--format", "qdc", "--out", qdc.toString(), "--code", "Barriers").code()).isEqualTo(2);

        // psych_safety >= 4 holds for the three high-safety units only (units.csv)
        Path high = tmp.resolve("high.csv");
        r = run("export", project.toString(), "--out", high.toString(), "--where", "psych_safety >= 4", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        try (CSVParser p = CSVParser.parse(high, StandardCharsets.UTF_8, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> rows = p.getRecords();
            assertThat(rows).isNotEmpty().hasSizeLessThan(sample.codings());
            assertThat(rows).extracting(x -> x.get("unit")).containsOnly("Hjemmepleje Nord", "Dagtilbud Solsikken", "Jobcenter Søndervig");
        }
    }

    @Test
    void usageErrorsAndBadInput() {
        Path out = tmp.resolve("bad.csv");
        Run r = run("export", project.toString(), "--format", "csv", "--report", "codebook", "--out", out.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--report needs --format docx or html");
        assertThat(run("export", project.toString(), "--out", tmp.resolve("x.txt").toString()).code()).isEqualTo(2);
        assertThat(run("export", project.toString(), "--format", "pdf", "--out", out.toString()).code()).isEqualTo(2);

        r = run("export", project.toString(), "--format", "csv", "--out", out.toString(), "--code", "No such code");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("There is no code named \"No such code\"");
        r = run("export", project.toString(), "--format", "csv", "--out", out.toString(), "--vars", "happiness");
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("There is no variable \"happiness\"").contains("document:role");
        assertThat(out).doesNotExist();
        r = run("export", project.toString(), "--format", "csv", "--out", tmp.resolve("missing/dir/x.csv").toString());
        assertThat(r.code()).isEqualTo(3);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void qdpxExportSummarisesWhatWasNotCarriedOverByKindWithDetailsInAFile() throws Exception {
        Path qdpx = tmp.resolve("summary.qdpx");
        Path losses = tmp.resolve("losses.txt");
        Run r = run("export", project.toString(), "--out", qdpx.toString(), "--loss-report", losses.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("not carried over (").contains(losses.toString());
        assertThat(r.out().lines().count()).isLessThan(10);
        assertThat(Files.readAllLines(losses).size()).isGreaterThan(20);
        Run verbose = run("export", project.toString(), "--out", qdpx.toString(), "--verbose");
        assertThat(verbose.out().lines().count()).isGreaterThan(20);
    }
}
