package dev.passage.cli;

import dev.passage.session.ProjectSession;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;

/** DIR (or a server URL) plus the session options, for commands of the form `passage CMD DIR|URL ...`. */
final class ProjectOptions {
    @Parameters(index = "0", paramLabel = "DIR|URL",
                description = "The project: a folder (NAME.passage) or a team project on a server (postgresql://USER@HOST[:PORT]/DATABASE).")
    String dir;

    @Mixin
    SessionOptions session = new SessionOptions();

    boolean json() {
        return session.json;
    }

    ProjectSession open() throws IOException {
        return session.open(dir);
    }
}
