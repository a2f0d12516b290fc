package dev.passage.ui.documents;

import dev.passage.model.Coding;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CodedShareTest {
    private static Coding c(int start, int end) {
        return new Coding(start * 1000L + end, 1, start, end, 7, "anna", Instant.EPOCH, null);
    }

    @Test
    void overlappingAndNestedCodingsCountOnce() {
        List<Coding> codings = List.of(c(20, 25), c(0, 10), c(5, 15), c(6, 8), c(15, 16));
        assertThat(CodedShare.coveredCharacters(codings, 50)).isEqualTo(16 + 5);
        assertThat(CodedShare.of(codings, 50)).isCloseTo(21 / 50.0, within(1e-9));
    }

    @Test
    void rangesAreClippedToTheDocumentAndEmptyOnesIgnored() {
        assertThat(CodedShare.coveredCharacters(List.of(c(-5, 3), c(8, 30), c(4, 4)), 10)).isEqualTo(3 + 2);
        assertThat(CodedShare.of(List.of(c(0, 100)), 40)).isEqualTo(1.0);
    }

    @Test
    void nothingCodedOrEmptyDocumentIsZero() {
        assertThat(CodedShare.of(List.of(), 100)).isZero();
        assertThat(CodedShare.of(List.of(c(0, 5)), 0)).isZero();
    }
}
