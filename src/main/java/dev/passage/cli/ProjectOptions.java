package dev.passage.cli;

import dev.passage.session.ProjectSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Path;

/** DIR plus the session options, for commands of the form `passage CMD DIR ...`. */
final class ProjectOptions {
    @Parameters(index = "0", paramLabel = "DIR", description = "The project folder (NAME.passage).")
    Path dir;

    @Mixin
    SessionOptions session = new SessionOptions();

    boolean json() {
        return session.json;
    }

    ProjectSession open() throws IOException {
        return session.open(dir);
    }
}
