package dev.passage.session;

import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.Document;

import java.util.List;
import java.util.Map;

/**
 * One document as the transcript opens it, read in one transaction: text and turns, attributes, unit name (null when in none),
 * its codings, the codebook's codes and every code's coding count.
 */
public record TranscriptSnapshot(Document document, Map<String, String> attributes, String unit, List<Coding> codings, List<Code> codes,
                                 Map<Long, Integer> counts) {
}
