package dev.passage.ui.mixed;

import dev.passage.coding.Codebook;
import dev.passage.mixed.Tally;
import dev.passage.model.Code;
import dev.passage.model.Segment;
import dev.passage.ui.segments.SegmentRow;

import java.util.List;

/** Turns the core's results into the rows the joint displays show. */
final class CoreRows {
    private CoreRows() {
    }

    static Counts counts(Tally t) {
        return new Counts(t.segments(), t.codedChars(), t.textChars(), t.shareChars(), t.carriers(), t.carrierTotal(), t.shareCarriers());
    }

    /** Every code in codebook order (depth first). */
    static List<CodeChoice> codes(Codebook book) {
        return book.all().stream().map(c -> code(book, c)).toList();
    }

    static CodeChoice code(Codebook book, Code c) {
        return new CodeChoice(c.id(), book.path(c.id()), c.name(), book.depth(c.id()), c.colour());
    }

    static SegmentRow segment(Segment s, Codebook book) {
        String colour = book.find(s.codeId()).map(Code::colour).orElse("#888888");
        return new SegmentRow(s.codingId(), s.documentId(), s.documentName(), s.speaker() == null ? "" : s.speaker(), s.codeId(),
                              s.codePath(), colour, s.coder(), s.start(), s.end(), s.text(), s.memo());
    }
}
