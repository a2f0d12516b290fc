package dev.passage.agreement;

import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one comparison covers, checked: the coders (by index in the order asked), the documents, the codes, the domain (or
 * null), the overlap, and the chosen coders' codings of those documents by code and document.
 */
record AgreementScope(AgreementUnit unit, List<String> coders, List<DocumentSummary> documents, List<Code> codes, Code domain,
                      double overlap, Codebook book, Map<Long, Map<Long, List<Coding>>> codings) {

    static Map<Long, Map<Long, List<Coding>>> group(List<Coding> codings) {
        Map<Long, Map<Long, List<Coding>>> out = new HashMap<>();
        for (Coding c : codings) {
            out.computeIfAbsent(c.codeId(), k -> new HashMap<>()).computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    int coderCount() {
        return coders.size();
    }

    int coderIndex(String name) {
        return coders.indexOf(name);
    }

    /** The chosen coders' codings of {@code codeId} in {@code documentId}. */
    List<Coding> codings(long codeId, long documentId) {
        return codings.getOrDefault(codeId, Map.of()).getOrDefault(documentId, List.of());
    }

    /** The coverage runs of one code in one document. */
    List<Coverage.Run> runs(long codeId, DocumentSummary document) {
        List<Coverage.Span> spans = codings(codeId, document.id()).stream()
                                                                  .map(c -> new Coverage.Span(coderIndex(c.coder()), c.start(), c.end()))
                                                                  .toList();
        return Coverage.runs(document.length(), coderCount(), spans);
    }
}
