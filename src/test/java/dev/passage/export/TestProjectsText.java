package dev.passage.export;

import dev.passage.TestProjects;
import dev.passage.session.ProjectSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Imports a plain text through the normal import path. */
final class TestProjectsText {
    private TestProjectsText() {
    }

    static long importPlain(ProjectSession session, Path tmp, String name, String text) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("in-" + name));
        return TestProjects.importText(session, dir, name, text);
    }
}
