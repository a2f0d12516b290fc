package dev.passage.cli;

import dev.passage.session.ProjectSession;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;

/** --json and --coder, shared by every command that opens a project. */
final class SessionOptions {
    @Option(names = "--json", description = "Print machine-readable JSON.")
    boolean json;

    @Option(names = "--coder", paramLabel = "C", description = "Who codes (default: your user name).")
    String coder;

    ProjectSession open(Path dir) throws IOException {
        try (var key = Passwords.keyFor(dir)) {
            return ProjectSession.open(dir, coder != null ? coder : ProjectSession.defaultCoder(), key);
        }
    }
}
