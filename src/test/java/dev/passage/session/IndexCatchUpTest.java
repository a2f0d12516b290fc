package dev.passage.session;

import dev.passage.store.ChangeLog;
import dev.passage.store.ChangeSet;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A team project's index catches up only from a log that holds every version after the index's, in order. */
class IndexCatchUpTest {
    @Test
    void onlyEveryVersionInOrderIsEnoughToCatchUp() {
        assertThat(IndexCatchUp.dense(entries(5, 6, 7), 4, 7)).isTrue();
        assertThat(IndexCatchUp.dense(entries(6, 7), 4, 7)).as("the first is missing").isFalse();
        assertThat(IndexCatchUp.dense(entries(5, 7), 4, 7)).as("a hole").isFalse();
        assertThat(IndexCatchUp.dense(entries(5, 6), 4, 7)).as("the last is missing").isFalse();
        assertThat(IndexCatchUp.dense(entries(5, 7, 6), 4, 7)).as("out of order").isFalse();
        assertThat(IndexCatchUp.dense(List.of(), 7, 7)).isTrue();
    }

    private static List<ChangeLog.Entry> entries(long... versions) {
        return java.util.Arrays.stream(versions)
            .mapToObj(v -> new ChangeLog.Entry(new ChangeSet(Set.of(), List.of(), false, false, false, v), "o", "ann", Instant.EPOCH))
            .toList();
    }
}
