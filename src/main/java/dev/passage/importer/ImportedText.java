package dev.passage.importer;

import dev.passage.model.DocumentFormat;
import dev.passage.model.SpeakerTurn;

import java.util.List;

/**
 * What a reader made of one file: the text to store (LF line ends, no BOM, no speaker labels or timestamps),
 * its speaker turns / paragraphs (offsets into {@code text}), and warnings worth showing the user (e.g. a PDF page without text).
 */
public record ImportedText(String text, List<SpeakerTurn> turns, DocumentFormat format, List<String> warnings) {
    public ImportedText {
        turns = List.copyOf(turns);
        warnings = List.copyOf(warnings);
    }
}
