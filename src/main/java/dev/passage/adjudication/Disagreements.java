package dev.passage.adjudication;

import java.util.List;

/**
 * The passages where {@code coderA} and {@code coderB} differ, for one code ({@code code} its path) or for every code they
 * used ({@code code} null); {@code consensus} is the coder whose codings hold the decisions. {@code sharedDocumentsOnly}: only
 * the documents both coders coded in were compared.
 */
public record Disagreements(String coderA, String coderB, String code, String consensus, boolean sharedDocumentsOnly,
                            List<Disagreement> passages) {
    public Disagreements {
        passages = List.copyOf(passages);
    }

    public long resolvedCount() {
        return passages.stream().filter(Disagreement::resolved).count();
    }

    /** The passage numbered {@code number} (from 1). */
    public java.util.Optional<Disagreement> number(int number) {
        return passages.stream().filter(p -> p.number() == number).findFirst();
    }
}
