package dev.passage.session;

import dev.passage.model.Code;
import dev.passage.model.Coding;

import java.util.List;
import java.util.Map;

/**
 * What an open transcript reloads after a change, read in one transaction: the document's name, attributes and unit (null when
 * in none), its codings (null when they were not asked for), the codes and every code's coding count.
 */
public record TranscriptUpdate(String name, Map<String, String> attributes, String unit, List<Coding> codings, List<Code> codes,
                               Map<Long, Integer> counts) {
}
