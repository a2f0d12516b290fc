package dev.passage;

import dev.passage.model.Language;
import dev.passage.session.ProjectSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates throwaway projects and files for tests. */
public final class TestProjects {
    private TestProjects() {
    }

    public static ProjectSession create(Path tempDir, Language language) throws IOException {
        return ProjectSession.create(tempDir.resolve("test.passage"), "Test study", language, "anna");
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return p;
    }

    /** Imports {@code content} as a .txt document and returns its id. */
    public static long importText(ProjectSession session, Path dir, String name, String content) throws IOException {
        Path file = write(dir, name + ".txt", content);
        var outcome = session.imports().importFile(file);
        if (outcome.documentId() == null) {
            throw new IllegalStateException(outcome.message());
        }
        return outcome.documentId();
    }
}
