package dev.passage.store;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A batch of other sessions' changes announced as one. */
class ChangeSetUnionTest {
    @Test
    void theUnionHasEveryDocumentRangeAndFlagAndTheLastVersion() {
        ChangeSet a = new ChangeSet(Set.of(1L), List.of(new ChangedRange(2, 0, 5)), false, false, false, 7);
        ChangeSet b = new ChangeSet(Set.of(), List.of(new ChangedRange(1, 3, 4), new ChangedRange(3, 10, 20)), true, false, false, 8);
        ChangeSet c = new ChangeSet(Set.of(), List.of(), false, true, true, 9);

        ChangeSet all = ChangeSet.union(List.of(a, b, c));

        assertThat(all.documentIds()).containsExactly(1L);
        // a range of a document that is re-read whole anyway is dropped
        assertThat(all.codingRanges()).containsExactly(new ChangedRange(2, 0, 5), new ChangedRange(3, 10, 20));
        assertThat(all.codebookChanged()).isTrue();
        assertThat(all.variablesChanged()).isTrue();
        assertThat(all.documentsArranged()).isTrue();
        assertThat(all.dataVersion()).isEqualTo(9);
        assertThat(ChangeSet.union(List.of(b))).isSameAs(b);
    }
}
