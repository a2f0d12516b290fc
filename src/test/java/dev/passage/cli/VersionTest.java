package dev.passage.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The version shown is the pom's, not one typed into a class. */
class VersionTest {
    @Test
    void versionFlagPrintsThePomsVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>passage</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).as("the project's version in pom.xml").isTrue();

        CliRun run = CliRun.of("--version");

        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).isEqualTo("Passage " + m.group(1));
    }
}
