package dev.passage.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpeakerTurnTest {
    private static final SpeakerTurn A = new SpeakerTurn(0, 10, "A", null);
    private static final SpeakerTurn B = new SpeakerTurn(12, 20, "B", null);
    private static final SpeakerTurn C = new SpeakerTurn(20, 35, null, 4000L);
    private static final List<SpeakerTurn> TURNS = List.of(A, B, C);

    @Test
    void findsTheTurnHoldingAnOffsetWithItsStartInAndItsEndOut() {
        assertThat(SpeakerTurn.at(TURNS, 0)).isSameAs(A);
        assertThat(SpeakerTurn.at(TURNS, 9)).isSameAs(A);
        assertThat(SpeakerTurn.at(TURNS, 12)).isSameAs(B);
        assertThat(SpeakerTurn.at(TURNS, 19)).isSameAs(B);
        assertThat(SpeakerTurn.at(TURNS, 20)).isSameAs(C);
        assertThat(SpeakerTurn.at(TURNS, 34)).isSameAs(C);
    }

    @Test
    void noTurnBetweenTurnsBeforeTheFirstAfterTheLastOrInNone() {
        assertThat(SpeakerTurn.at(TURNS, 10)).isNull();
        assertThat(SpeakerTurn.at(TURNS, 11)).isNull();
        assertThat(SpeakerTurn.at(TURNS, -1)).isNull();
        assertThat(SpeakerTurn.at(TURNS, 35)).isNull();
        assertThat(SpeakerTurn.at(List.of(), 0)).isNull();
    }
}
