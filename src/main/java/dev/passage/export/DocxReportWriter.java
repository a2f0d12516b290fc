package dev.passage.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A report as a Word document (POI XWPF): title, headings per code level (Word's Heading 1–6, so the navigation pane
 * shows the code tree), the codebook as a table, excerpts as Quote paragraphs with the coded text in bold between its
 * context. XWPF builds the document in memory; reports are for reading, tables (CSV/XLSX) for large exports.
 */
public final class DocxReportWriter implements ReportWriter {
    private final OutputStream out;
    private final XWPFDocument doc = new XWPFDocument();

    public DocxReportWriter(OutputStream out) {
        this.out = out;
        DocxStyles.install(doc);
    }

    @Override
    public void begin(String title, String subtitle, List<CodeSummary> contents) {
        doc.getProperties().getCoreProperties().setTitle(ReportText.clean(title));
        text(styled(DocxStyles.TITLE), title);
        text(styled(DocxStyles.SUBTITLE), subtitle);
    }

    @Override
    public void codebookTable(List<CodeSummary> codes) {
        XWPFTable table = doc.createTable(codes.size() + 1, 4);
        table.setWidth("100%");
        String[] head = {"Code", "Definition", "Segments", "Documents"};
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < head.length; i++) {
            XWPFRun r = first(header.getCell(i)).createRun();
            r.setBold(true);
            r.setText(head[i]);
        }
        for (int row = 0; row < codes.size(); row++) {
            CodeSummary c = codes.get(row);
            XWPFTableRow tr = table.getRow(row + 1);
            tr.setCantSplitRow(true);
            text(first(tr.getCell(0)), "  ".repeat(c.depth()) + c.name());
            text(first(tr.getCell(1)), c.description().definition());
            text(first(tr.getCell(2)), Integer.toString(c.segments()));
            text(first(tr.getCell(3)), Integer.toString(c.documents()));
        }
        doc.createParagraph();
    }

    @Override
    public void code(CodeSummary c, boolean full) {
        text(styled(DocxStyles.heading(c.depth() + 1)), c.name());
        XWPFParagraph meta = doc.createParagraph();
        XWPFRun r = meta.createRun();
        r.setItalic(true);
        r.setColor("6B7280");
        r.setText(ReportText.clean((c.depth() > 0 ? c.path() + " · " : "") + ReportText.counts(c)));
        var d = c.description();
        if (full) {
            labelled("Definition", d.definition());
            labelled("When to use", d.whenToUse());
            labelled("When not to use", d.whenNotToUse());
            labelled("Example", d.example());
        } else if (!d.definition().isBlank()) {
            text(doc.createParagraph(), d.definition());
        }
    }

    private void labelled(String label, String value) {
        if (value.isBlank()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        XWPFRun l = p.createRun();
        l.setBold(true);
        l.setText(label + ": ");
        lines(p.createRun(), value);
    }

    @Override
    public void excerpt(Excerpt e) {
        XWPFParagraph quote = styled(DocxStyles.QUOTE);
        if (!e.contextBefore().isEmpty()) {
            lines(quote.createRun(), e.contextBefore()).setColor("6B7280");
        }
        lines(quote.createRun(), e.text()).setBold(true);
        if (!e.contextAfter().isEmpty()) {
            lines(quote.createRun(), e.contextAfter()).setColor("6B7280");
        }
        text(styled(DocxStyles.SOURCE), ReportText.source(e));
        if (e.memo() != null && !e.memo().isBlank()) {
            XWPFParagraph memo = styled(DocxStyles.SOURCE);
            lines(memo.createRun(), ReportText.memo(e)).setItalic(true);
        }
    }

    @Override
    public void evolution(dev.passage.history.CodingEvolution e) {
        text(styled(DocxStyles.heading(1)), ReportText.EVOLUTION_TITLE);
        text(doc.createParagraph(), ReportText.evolutionNote(e));
        XWPFTable table = doc.createTable(e.rows().size() + 1, ReportText.EVOLUTION_COLUMNS.length);
        table.setWidth("100%");
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < ReportText.EVOLUTION_COLUMNS.length; i++) {
            XWPFRun r = first(header.getCell(i)).createRun();
            r.setBold(true);
            r.setText(ReportText.EVOLUTION_COLUMNS[i]);
        }
        for (int row = 0; row < e.rows().size(); row++) {
            String[] cells = ReportText.evolutionCells(e.rows().get(row));
            XWPFTableRow tr = table.getRow(row + 1);
            tr.setCantSplitRow(true);
            for (int i = 0; i < cells.length; i++) {
                text(first(tr.getCell(i)), cells[i]);
            }
        }
    }

    @Override
    public void end() throws IOException {
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private XWPFParagraph styled(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    private static XWPFParagraph first(XWPFTableCell cell) {
        return cell.getParagraphs().getFirst();
    }

    private static void text(XWPFParagraph p, String s) {
        lines(p.createRun(), s);
    }

    /** Sets the run's text, turning line breaks into Word line breaks. */
    private static XWPFRun lines(XWPFRun run, String s) {
        String[] parts = ReportText.clean(s).replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts[i], i);
        }
        return run;
    }
}
