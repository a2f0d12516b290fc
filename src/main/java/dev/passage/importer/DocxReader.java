package dev.passage.importer;

import dev.passage.errors.Text;
import dev.passage.model.DocumentFormat;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Word .docx: body paragraphs in order, table cells' paragraphs row by row, content controls; then {@link SpeakerTurnDetector}.
 * Headers, footers, footnotes and comments are not part of the text.
 */
final class DocxReader implements FormatReader {
    /** How POI writes a footnote or endnote reference into a run's text. */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("\\[(?:footnoteRef|endnoteRef):\\d+\\]");

    private final SpeakerTurnDetector detector;

    DocxReader() {
        this(ImportLimits.DEFAULT_MAX_TURNS);
    }

    DocxReader(int maxTurns) {
        this.detector = new SpeakerTurnDetector(maxTurns);
    }

    @Override
    public ImportedText read(Path file) throws ImportException {
        byte[] head = FileBytes.head(file, 8);
        if (FileBytes.isOle2(head)) {
            throw new ImportException(file, Text.of("importer.validDocxFileOld"));
        }
        if (!FileBytes.isZip(head)) {
            throw new ImportException(file, Text.of("importer.validDocxFileZip"));
        }
        List<String> paragraphs = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            collect(doc.getBodyElements(), paragraphs);
        } catch (ImportException e) {
            throw e; // already says what is wrong with the file
        } catch (IOException | RuntimeException e) {
            throw new ImportException(file, Text.of("importer.validDocxFileFile", DocumentReaders.reason(e)), e);
        }
        TranscriptText transcript = detector.detect(paragraphs);
        if (transcript.text().isEmpty()) {
            throw new ImportException(file, DocumentReaders.NO_TEXT);
        }
        return new ImportedText(transcript.text(), transcript.turns(), DocumentFormat.DOCX, transcript.warnings());
    }

    /**
     * The paragraph's own text: runs (leaving out deleted tracked changes and POI's "[footnoteRef:1]" markers) and inline
     * content controls. Unlike {@code XWPFParagraph.getText()} it does not append the footnotes' text.
     */
    static String text(XWPFParagraph paragraph) {
        StringBuilder out = new StringBuilder();
        for (IRunElement element : paragraph.getIRuns()) {
            switch (element) {
                case XWPFRun run -> {
                    if (run.getCTR().sizeOfDelTextArray() == 0) {
                        out.append(NOTE_REFERENCE.matcher(run.text()).replaceAll(""));
                    }
                }
                case XWPFSDT sdt -> out.append(sdt.getContent().getText());
                default -> out.append(element);
            }
        }
        return out.toString();
    }

    private static void collect(List<IBodyElement> elements, List<String> paragraphs) {
        for (IBodyElement element : elements) {
            switch (element) {
                case XWPFParagraph p -> paragraphs.add(text(p));
                case XWPFTable table -> {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            collect(cell.getBodyElements(), paragraphs);
                        }
                    }
                }
                case XWPFSDT sdt -> paragraphs.add(sdt.getContent().getText());
                default -> {
                }
            }
        }
    }
}
