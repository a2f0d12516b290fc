package dev.passage.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The codebook and excerpts reports as DOCX (read back with XWPF) and HTML (escaped, linked contents). */
class ReportsTest {
    @TempDir
    Path tmp;
    ExportFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new ExportFixture(tmp);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private byte[] report(ReportKind kind, ReportFormat format, ExcerptFilter filter, int expectedRows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(fx.service().report(kind, format, filter, out).rows()).isEqualTo(expectedRows);
        return out.toByteArray();
    }

    @Test
    void docxCodebookHasATitleATableAndAHeadingPerCodeLevel() throws Exception {
        byte[] bytes = report(ReportKind.CODEBOOK, ReportFormat.DOCX, ExcerptFilter.ALL, 4);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.getFirst().getStyle()).isEqualTo("Title");
            assertThat(ps.getFirst().getText()).isEqualTo("Test study");
            assertThat(doc.getStyles().styleExist("Heading2")).isTrue();
            assertThat(doc.getStyles().getStyle("Heading1").getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isZero();
            assertThat(ps).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                .containsExactly("Barriers", "Psychological safety", "How the coding evolved");
            assertThat(ps).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                .containsExactly("Fear of blame", "Speaking up");
            String all = String.join("\n", ps.stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("Definition: Fear of being blamed", "When to use: Staff hide mistakes",
                                     "When not to use: Mere worry about workload", "Example: \"Man bliver hængt ud\"",
                                     "2 segments in 2 documents");
            XWPFTable table = doc.getTables().getFirst();
            assertThat(table.getRows()).hasSize(5);
            assertThat(table.getRow(0).getCell(0).getText()).isEqualTo("Code");
            assertThat(table.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
            assertThat(table.getRow(2).getCell(0).getText().strip()).isEqualTo("Fear of blame");
            assertThat(table.getRow(3).getCell(2).getText()).isEqualTo("2");
        }
    }

    @Test
    void docxExcerptsAreQuotesWithTheCodedTextBoldInItsContext() throws Exception {
        byte[] bytes = report(ReportKind.EXCERPTS, ReportFormat.DOCX, ExcerptFilter.ALL, 4);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> quotes = doc.getParagraphs().stream().filter(p -> "Quote".equals(p.getStyle())).toList();
            assertThat(quotes).hasSize(4);
            XWPFParagraph fear = quotes.getFirst();
            assertThat(fear.getText()).contains("Vi siger \"undskyld\"", "🎉", "æøå").contains("\n"); // the line break survives
            XWPFParagraph emoji = quotes.get(1);
            assertThat(emoji.getRuns()).filteredOn(r -> r.isBold()).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo("emoji, komma"));
            assertThat(emoji.getText()).startsWith("…").endsWith("; slut.");
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("Interview 01 · North · Leder (0:00:12.500) · coded by anna",
                                     "Memo (anna, " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "): Memo, with \"quotes\"",
                                     "R001 · Q1 · North · Q1 What helps you learn? · coded by anna", "<script>alert('x')</script>");
            // headings in codebook order, the parent before its sub-code even without excerpts of its own
            assertThat(doc.getParagraphs()).filteredOn(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                .extracting(XWPFParagraph::getText).containsExactly("Barriers", "Fear of blame", "Psychological safety", "Speaking up",
                                                    "How the coding evolved");
        }
    }

    @Test
    void reportsEndWithHowTheCodingEvolved() throws Exception {
        String html = new String(report(ReportKind.CODEBOOK, ReportFormat.HTML, ExcerptFilter.ALL, 4), StandardCharsets.UTF_8);
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        assertThat(html).contains("<h2 id=\"coding-evolution\">How the coding evolved</h2>")
                        .containsPattern("<tr><td>" + month + "</td><td>anna</td><td class=\"n\">\\d+</td><td class=\"n\">3</td>")
                        .contains("<td>jonas</td>");
        byte[] bytes = report(ReportKind.CODEBOOK, ReportFormat.DOCX, ExcerptFilter.ALL, 4);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            XWPFTable table = doc.getTables().getLast();
            assertThat(table.getRow(0).getCell(3).getText()).isEqualTo("Codings applied");
            assertThat(table.getRows()).anySatisfy(r -> assertThat(r.getCell(1).getText()).isEqualTo("anna"));
        }
    }

    @Test
    void htmlIsOneEscapedFileWithLinkedContents() throws Exception {
        String html = new String(report(ReportKind.EXCERPTS, ReportFormat.HTML, ExcerptFilter.ALL, 4), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">").contains("<style>").endsWith("</html>\n");
        assertThat(html).doesNotContain("<script").doesNotContain("alert('x')")
            .contains("<mark>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</mark>");
        assertThat(html).doesNotContain("src=").doesNotContain("<link"); // self-contained
        assertThat(html).contains("<a href=\"#code-" + fx.fear + "\">Fear of blame</a>").contains("id=\"code-" + fx.fear + "\"");
        assertThat(html).contains("Vi siger &quot;undskyld&quot;").contains("🎉").contains("æøå");
        assertThat(html).contains("og 🎉 </span><mark>emoji, komma</mark><span class=\"ctx\">; slut.</span>").contains("@media print");
        assertThat(html).contains("Memo (anna, " + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "): Memo, with &quot;quotes&quot;");
    }

    @Test
    void aMemoWrittenLaterIsCreditedToItsAuthorNotToTheCoder() throws Exception {
        long fearCoding = fx.session.coding().forDocument(fx.interviewNorth).stream().filter(c -> c.codeId() == fx.fear).findFirst()
                                    .orElseThrow().id();
        fx.session.coding().setCoder("ben");
        fx.session.coding().setMemo(fearCoding, "A second look by ben");
        String day = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String html = new String(report(ReportKind.EXCERPTS, ReportFormat.HTML, ExcerptFilter.ALL, 4), StandardCharsets.UTF_8);
        assertThat(html).contains("coded by anna").contains("Memo (ben, " + day + "): A second look by ben");
        byte[] bytes = report(ReportKind.EXCERPTS, ReportFormat.DOCX, ExcerptFilter.ALL, 4);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("Memo (ben, " + day + "): A second look by ben");
        }
    }

    @Test
    void htmlCodebookOfAFilteredSelection() throws Exception {
        var filter = ExcerptFilter.ALL.withCodes(List.of("Psychological safety"), true).withUnits(List.of("North"));
        String html = new String(report(ReportKind.CODEBOOK, ReportFormat.HTML, filter, 2), StandardCharsets.UTF_8);
        assertThat(html).contains("<table>").contains("Feeling safe to take interpersonal risks").doesNotContain("Fear of blame")
            .contains("codes: Psychological safety (with sub-codes)").contains("units: North");
        assertThat(html).contains("<td class=\"n\">2</td><td class=\"n\">2</td>"); // safety in North: the interview and the answer
    }
}
