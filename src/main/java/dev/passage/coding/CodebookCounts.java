package dev.passage.coding;

import dev.passage.model.Code;

import java.util.List;
import java.util.Map;

/** The codebook's codes with every code's coding count, read in one transaction. */
public record CodebookCounts(List<Code> codes, Map<Long, Integer> counts) {
}
