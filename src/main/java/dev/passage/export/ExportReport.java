package dev.passage.export;

/** What an export wrote: how many excerpts (or codes, for a codebook report) and how many cells had to be shortened. */
public record ExportReport(int rows, int truncatedCells) {
}
