package dev.passage.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PassageVersionTest {
    @Test
    void theBuildFilledInTheVersion() {
        assertThat(PassageVersion.version()).isNotEqualTo(PassageVersion.UNKNOWN).doesNotContain("${").matches("\\d+\\.\\d+.*");
        assertThat(PassageVersion.title()).isEqualTo("Passage " + PassageVersion.version());
    }
}
