package dev.passage.export;

import java.util.List;
import java.util.Set;

/**
 * Which coded segments an export holds, as a researcher names them: code paths (optionally with their sub-codes),
 * document names, unit names and coders (each list empty = any), and an optional document-id scope that the caller
 * computed (e.g. from variable conditions); {@code null} scope = all documents.
 */
public record ExcerptFilter(List<String> codePaths, boolean withSubcodes, List<String> documents, List<String> units,
                            List<String> coders, Set<Long> documentScope) {
    /** Every coding in the project. */
    public static final ExcerptFilter ALL = new ExcerptFilter(List.of(), false, List.of(), List.of(), List.of(), null);

    public ExcerptFilter {
        codePaths = List.copyOf(codePaths);
        documents = List.copyOf(documents);
        units = List.copyOf(units);
        coders = List.copyOf(coders);
        documentScope = documentScope == null ? null : Set.copyOf(documentScope);
    }

    public ExcerptFilter withCodes(List<String> paths, boolean subcodes) {
        return new ExcerptFilter(paths, subcodes, documents, units, coders, documentScope);
    }

    public ExcerptFilter withDocuments(List<String> names) {
        return new ExcerptFilter(codePaths, withSubcodes, names, units, coders, documentScope);
    }

    public ExcerptFilter withUnits(List<String> names) {
        return new ExcerptFilter(codePaths, withSubcodes, documents, names, coders, documentScope);
    }

    public ExcerptFilter withCoders(List<String> names) {
        return new ExcerptFilter(codePaths, withSubcodes, documents, units, names, documentScope);
    }

    public ExcerptFilter withDocumentScope(Set<Long> documentIds) {
        return new ExcerptFilter(codePaths, withSubcodes, documents, units, coders, documentIds);
    }
}
