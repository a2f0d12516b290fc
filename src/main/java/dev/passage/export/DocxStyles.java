package dev.passage.export;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The paragraph styles a report uses, declared in the document with Word's own ids (Title, Subtitle, Heading1–6, Quote),
 * so that Word and LibreOffice treat them as the built-in ones (navigation pane, outline levels, restyling).
 */
final class DocxStyles {
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String QUOTE = "Quote";
    static final String SOURCE = "ExcerptSource";

    private DocxStyles() {
    }

    static String heading(int level) {
        return "Heading" + Math.max(1, Math.min(6, level));
    }

    static void install(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        add(styles, TITLE, "Title", 56, true, false, "1F2937", -1, 0, 120);
        add(styles, SUBTITLE, "Subtitle", 26, false, true, "4B5563", -1, 0, 240);
        int[] sizes = {36, 30, 26, 24, 22, 22};
        for (int level = 1; level <= 6; level++) {
            add(styles, heading(level), "heading " + level, sizes[level - 1], true, false, "1F3A5F", level - 1, 280, 80);
        }
        CTStyle quote = add(styles, QUOTE, "Quote", 22, false, false, "1D1D1F", -1, 60, 40);
        CTPPrGeneral p = quote.getPPr();
        p.addNewInd().setLeft(BigInteger.valueOf(567));
        var left = p.addNewPBdr().addNewLeft();
        left.setVal(STBorder.SINGLE);
        left.setSz(BigInteger.valueOf(18));
        left.setSpace(BigInteger.valueOf(8));
        left.setColor("8A6D3B");
        add(styles, SOURCE, "Excerpt source", 17, false, false, "6B7280", -1, 0, 200).getPPr().addNewInd().setLeft(BigInteger.valueOf(567));
    }

    private static CTStyle add(XWPFStyles styles, String id, String name, int halfPoints, boolean bold, boolean italic, String colour,
                               int outlineLevel, int spaceBefore, int spaceAfter) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        ct.addNewBasedOn().setVal("Normal");
        ct.addNewNext().setVal("Normal");
        ct.addNewQFormat();
        CTPPrGeneral p = ct.addNewPPr();
        var spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(spaceBefore));
        spacing.setAfter(BigInteger.valueOf(spaceAfter));
        if (outlineLevel >= 0) {
            p.addNewKeepNext();
            p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
        }
        CTRPr r = ct.addNewRPr();
        if (bold) {
            r.addNewB();
        }
        if (italic) {
            r.addNewI();
        }
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewColor().setVal(colour);
        styles.addStyle(new XWPFStyle(ct, styles));
        return ct;
    }
}
