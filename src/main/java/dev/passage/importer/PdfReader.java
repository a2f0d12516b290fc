package dev.passage.importer;

import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * PDF: the text layer page by page (PDFBox), paragraphs as PDFBox detects them, then {@link SpeakerTurnDetector}.
 * A page without text is skipped with a warning; a PDF without any text is refused (it needs OCR first).
 */
final class PdfReader implements FormatReader {
    static final Text NO_TEXT_LAYER = Text.of("importer.noTextLayer");

    private final SpeakerTurnDetector detector;

    PdfReader() {
        this(ImportLimits.DEFAULT_MAX_TURNS);
    }

    PdfReader(int maxTurns) {
        this.detector = new SpeakerTurnDetector(maxTurns);
    }

    @Override
    public ImportedText read(Path file) throws ImportException {
        List<String> paragraphs = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            int pages = pdf.getNumberOfPages();
            if (pages == 0) {
                throw new ImportException(file, Text.of("importer.pdfPages"));
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            stripper.setParagraphStart("");
            stripper.setParagraphEnd("\n");
            stripper.setPageStart("");
            stripper.setPageEnd("");
            int pagesWithText = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                if (text.isBlank()) {
                    warnings.add("page " + page + " has no text layer (scanned image?); it was skipped");
                    continue;
                }
                pagesWithText++;
                paragraphs.addAll(TxtReader.paragraphs(text.replace("\r\n", "\n").replace('\r', '\n')));
            }
            if (pagesWithText == 0) {
                throw new ImportException(file, NO_TEXT_LAYER);
            }
        } catch (InvalidPasswordException e) {
            throw new ImportException(file, Text.of("importer.pdfPasswordProtectedRemove"), e);
        } catch (ImportException e) {
            throw e; // already says what is wrong with the file
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file, Text.of("importer.validPdfFileRead", DocumentReaders.reason(e)), e);
        }
        TranscriptText transcript = detector.detect(paragraphs);
        if (transcript.text().isEmpty()) {
            throw new ImportException(file, NO_TEXT_LAYER);
        }
        warnings.addAll(transcript.warnings());
        return new ImportedText(transcript.text(), transcript.turns(), DocumentFormat.PDF, warnings);
    }
}
