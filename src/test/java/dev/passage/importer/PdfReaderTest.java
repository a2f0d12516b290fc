package dev.passage.importer;

import dev.passage.model.DocumentFormat;
import dev.passage.model.SpeakerTurn;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PdfReaderTest {
    @TempDir
    Path dir;

    private final DocumentReaders readers = new DocumentReaders();

    /** Adds a page with the given paragraphs (each a list of lines), 14 pt leading, 30 pt between paragraphs. */
    private static void textPage(PDDocument pdf, List<List<String>> paragraphs) throws Exception {
        PDPage page = new PDPage();
        pdf.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            for (List<String> paragraph : paragraphs) {
                for (String line : paragraph) {
                    cs.showText(line);
                    cs.newLineAtOffset(0, -14);
                }
                cs.newLineAtOffset(0, -30);
            }
            cs.endText();
        }
    }

    /** A page holding only a picture, as a scanner makes it. */
    private static void imagePage(PDDocument pdf) throws Exception {
        BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(Color.BLACK);
        g.drawString("scanned words", 20, 50);
        g.dispose();
        PDPage page = new PDPage();
        pdf.addPage(page);
        PDImageXObject image = LosslessFactory.createFromImage(pdf, img);
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
            cs.drawImage(image, 72, 500, 200, 100);
        }
    }

    private Path save(PDDocument pdf, String name) throws Exception {
        Path p = dir.resolve(name);
        try (pdf) {
            pdf.save(p.toFile());
        }
        return p;
    }

    @Test
    void textPagesWithSpeakersAndAnImageOnlyAndAnEmptyPage() throws Exception {
        PDDocument pdf = new PDDocument();
        textPage(pdf, List.of(List.of("Interviewer: Hvordan startede det?"),
                List.of("Mette: Det var i 2019, og vi havde", "ingen penge."),
                List.of("Interviewer: Og så?")));
        imagePage(pdf);
        pdf.addPage(new PDPage());
        textPage(pdf, List.of(List.of("Mette: Så fik vi støtte.")));

        ImportedText t = readers.read(save(pdf, "interview.pdf"));

        assertThat(t.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(t.warnings()).containsExactly(
                "page 2 has no text layer (scanned image?); it was skipped",
                "page 3 has no text layer (scanned image?); it was skipped");
        assertThat(t.text()).isEqualTo("Hvordan startede det?\n\nDet var i 2019, og vi havde\ningen penge.\n\nOg så?\n\nSå fik vi støtte.");
        assertThat(t.turns()).containsExactly(
                new SpeakerTurn(0, 21, "Interviewer", null),
                new SpeakerTurn(23, 63, "Mette", null),
                new SpeakerTurn(65, 71, "Interviewer", null),
                new SpeakerTurn(73, 90, "Mette", null));
    }

    @Test
    void plainPdfParagraphs() throws Exception {
        PDDocument pdf = new PDDocument();
        textPage(pdf, List.of(List.of("First paragraph, line one", "and line two."), List.of("Second paragraph.")));

        ImportedText t = readers.read(save(pdf, "plain.pdf"));

        assertThat(t.text()).isEqualTo("First paragraph, line one\nand line two.\n\nSecond paragraph.");
        assertThat(t.turns()).containsExactly(new SpeakerTurn(0, 39, null, null), new SpeakerTurn(41, 58, null, null));
        assertThat(t.warnings()).isEmpty();
    }

    @Test
    void pdfWithoutAnyTextLayer() throws Exception {
        PDDocument pdf = new PDDocument();
        imagePage(pdf);
        pdf.addPage(new PDPage());
        Path p = save(pdf, "scan.pdf");

        assertThatThrownBy(() -> readers.read(p))
                .isInstanceOf(ImportException.class)
                .hasMessage("scan.pdf: the PDF has no text layer (scanned images only); run OCR first");
    }

    @Test
    void passwordProtectedPdf() throws Exception {
        PDDocument pdf = new PDDocument();
        textPage(pdf, List.of(List.of("Secret interview.")));
        StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
        policy.setEncryptionKeyLength(128);
        pdf.protect(policy);
        Path p = save(pdf, "locked.pdf");

        assertThatThrownBy(() -> readers.read(p))
                .hasMessage("locked.pdf: the PDF is password-protected; remove the password and import it again");
    }

    @Test
    void truncatedPdfThatCannotBeParsed() throws Exception {
        Path p = dir.resolve("cut.pdf");
        java.nio.file.Files.writeString(p, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
        assertThatThrownBy(() -> readers.read(p)).hasMessageStartingWith("cut.pdf: not a valid PDF file: it cannot be read");
    }
}
