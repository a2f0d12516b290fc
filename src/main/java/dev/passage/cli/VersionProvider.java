package dev.passage.cli;

import dev.passage.model.PassageVersion;
import picocli.CommandLine;

/** What {@code passage --version} prints: the version from the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {PassageVersion.title()};
    }
}
