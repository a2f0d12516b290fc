package dev.passage.ui.codebook;

import dev.passage.model.CodeDescription;

/**
 * One code as the codebook pane shows it: where it sits, how it looks, and how often it is used.
 *
 * @param count    codings of this code itself
 * @param subCount codings of all codes below it (its sub-codes, their sub-codes ...)
 * @param subCodes how many codes sit below it, at any depth
 */
public record CodeRow(long id, Long parentId, String name, String path, String colour, CodeDescription description, int count,
                      int subCount, int subCodes) {

    /** Codings of this code and everything below it. */
    public int total() {
        return count + subCount;
    }
}
