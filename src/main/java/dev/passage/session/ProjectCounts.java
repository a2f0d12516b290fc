package dev.passage.session;

/** How many documents, codings and codes the project holds (read in one transaction). */
public record ProjectCounts(int documents, int codings, int codes) {
}
