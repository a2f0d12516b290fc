package dev.passage.importer;

import dev.passage.model.DocumentFormat;
import dev.passage.model.SpeakerTurn;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocxReaderTest {
    @TempDir
    Path dir;

    private final DocumentReaders readers = new DocumentReaders();

    private Path save(XWPFDocument doc, String name) throws Exception {
        Path p = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(p); doc) {
            doc.write(out);
        }
        return p;
    }

    private static void paragraph(XWPFDocument doc, String... runs) {
        XWPFParagraph p = doc.createParagraph();
        for (String text : runs) {
            XWPFRun r = p.createRun();
            r.setText(text);
        }
    }

    @Test
    void speakerTranscriptWithBoldLabelsInSeparateRuns() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "Interview 3 – Aarhus, marts 2024");
        paragraph(doc);
        XWPFParagraph p = doc.createParagraph();
        XWPFRun label = p.createRun();
        label.setBold(true);
        label.setText("Interviewer:");
        p.createRun().setText(" Hvordan kom du i gang?");
        paragraph(doc, "Mette Holm: ", "Det var ", "tilfældigt.");
        paragraph(doc, "Jeg så et opslag.");
        paragraph(doc, "Interviewer: Og så?");
        paragraph(doc, "Mette Holm: Så søgte jeg.");

        ImportedText t = readers.read(save(doc, "interview.docx"));

        assertThat(t.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(t.text()).isEqualTo("Interview 3 – Aarhus, marts 2024\n\nHvordan kom du i gang?\n\n"
                + "Det var tilfældigt.\n\nJeg så et opslag.\n\nOg så?\n\nSå søgte jeg.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 32, null, null),
                new SpeakerTurn(34, 56, "Interviewer", null),
                new SpeakerTurn(58, 96, "Mette Holm", null),
                new SpeakerTurn(98, 104, "Interviewer", null),
                new SpeakerTurn(106, 119, "Mette Holm", null));
    }

    @Test
    void plainParagraphsWithLineBreaksAndTabs() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = doc.createParagraph();
        XWPFRun r = p.createRun();
        r.setText("First line");
        r.addBreak();
        r.setText("second\tline");
        paragraph(doc, "Another paragraph.");

        ImportedText t = readers.read(save(doc, "plain.docx"));

        assertThat(t.text()).isEqualTo("First line\nsecond\tline\n\nAnother paragraph.");
        assertThat(t.turns()).containsExactly(new SpeakerTurn(0, 22, null, null), new SpeakerTurn(24, 42, null, null));
    }

    @Test
    void tableCellParagraphsAreReadInOrder() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, "Before the table.");
        XWPFTable table = doc.createTable(2, 2);
        table.getRow(0).getCell(0).setText("Cell A1");
        table.getRow(0).getCell(1).setText("Cell B1");
        table.getRow(1).getCell(0).setText("Cell A2");
        table.getRow(1).getCell(1).setText("Cell B2");
        paragraph(doc, "After the table.");

        ImportedText t = readers.read(save(doc, "table.docx"));

        assertThat(t.text()).isEqualTo("Before the table.\n\nCell A1\n\nCell B1\n\nCell A2\n\nCell B2\n\nAfter the table.");
        assertThat(t.turns()).hasSize(6);
    }

    @Test
    void footnotesAreLeftOut() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText("Main text");
        XWPFFootnote note = doc.createFootnote();
        note.createParagraph().createRun().setText("The footnote.");
        p.addFootnoteReference(note);
        p.createRun().setText(" continues.");

        assertThat(readers.read(save(doc, "notes.docx")).text()).isEqualTo("Main text continues.");
    }

    @Test
    void documentWithoutText() throws Exception {
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc);
        paragraph(doc, "   ");
        Path p = save(doc, "blank.docx");
        assertThatThrownBy(() -> readers.read(p)).hasMessage("blank.docx: the file has no text");
    }

    @Test
    void spreadsheetRenamedToDocx() throws Exception {
        Path p = dir.resolve("sheet.docx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        assertThatThrownBy(() -> readers.read(p)).hasMessageStartingWith("sheet.docx: not a valid .docx file: ");
    }
}
