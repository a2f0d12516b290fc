package dev.passage.export;

/** CODEBOOK: the code tree with descriptions and counts. EXCERPTS: the coded excerpts grouped by code, in context. */
public enum ReportKind {
    CODEBOOK, EXCERPTS
}
