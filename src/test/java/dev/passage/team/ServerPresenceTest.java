package dev.passage.team;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Presence from the server's application names: encoded to survive the server's ASCII-only rule, read back, told on change. */
class ServerPresenceTest {
    @Test
    void namesSurviveTheServersAsciiOnlyRuleAndItsLengthLimit() {
        String name = ServerPresence.applicationName("Søren Ågård");
        assertThat(name).startsWith("passage:").matches("\\p{Print}+").doesNotContain("ø");
        assertThat(ServerPresence.coderOf(name)).isEqualTo("Søren Ågård");
        String longName = ServerPresence.applicationName("ø".repeat(40));
        assertThat(longName.length()).isLessThanOrEqualTo(ServerPresence.MAX_NAME_BYTES);
        assertThat(ServerPresence.coderOf(longName)).matches("ø+");
        assertThat(ServerPresence.coderOf("passage")).isNull();
        assertThat(ServerPresence.coderOf("psql")).isNull();
    }

    @Test
    void listenersHearOnlyWhenWhoIsWorkingChanges() {
        ServerPresence presence = new ServerPresence();
        List<List<String>> told = new ArrayList<>();
        presence.addListener(() -> told.add(presence.othersWorking()));
        presence.seen(List.of(ServerPresence.applicationName("ben"), ServerPresence.applicationName("ann"), "passage", "psql"));
        presence.seen(List.of(ServerPresence.applicationName("ann"), ServerPresence.applicationName("ben"),
                              ServerPresence.applicationName("ben")));
        presence.unknown();
        assertThat(told).containsExactly(List.of("ann", "ben"), List.of());
    }
}
