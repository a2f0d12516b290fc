package dev.passage.ui.common;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LatestOnlyTest {
    private final LatestOnly loads = new LatestOnly();

    @Test
    void onlyTheLatestStartIsCurrent() {
        LatestOnly.Ticket first = loads.start();
        assertThat(first.isCurrent()).isTrue();
        LatestOnly.Ticket second = loads.start();
        assertThat(first.isCurrent()).as("superseded by the second start").isFalse();
        assertThat(second.isCurrent()).isTrue();
    }

    @Test
    void currentJoinsTheLatestWorkAndGoesStaleWithIt() {
        LatestOnly.Ticket started = loads.start();
        LatestOnly.Ticket joined = loads.current();
        assertThat(joined.isCurrent()).isTrue();
        assertThat(started.isCurrent()).as("joining does not supersede").isTrue();
        loads.start();
        assertThat(joined.isCurrent()).isFalse();
        assertThat(started.isCurrent()).isFalse();
    }

    @Test
    void supersedeMakesEveryTicketStale() {
        LatestOnly.Ticket started = loads.start();
        LatestOnly.Ticket joined = loads.current();
        loads.supersede();
        assertThat(started.isCurrent()).isFalse();
        assertThat(joined.isCurrent()).isFalse();
        assertThat(loads.start().isCurrent()).as("new work after a supersede counts again").isTrue();
    }

    @Test
    void guardsAreIndependent() {
        LatestOnly other = new LatestOnly();
        LatestOnly.Ticket mine = loads.start();
        other.start();
        other.supersede();
        assertThat(mine.isCurrent()).isTrue();
    }
}
