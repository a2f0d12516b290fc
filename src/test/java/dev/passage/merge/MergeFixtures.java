package dev.passage.merge;

import dev.passage.importer.ImportListener;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** A small hand-built project (two interviews, three codes, one coding by the lead) and copies of it for coders. */
final class MergeFixtures {
    static final String ONE = "Anna: We talk openly about mistakes here.\nBen: Not always, to be honest.\n";
    static final String TWO = "Leader: Learning is part of the job.\nNurse: We rarely have time to reflect.\n";

    private MergeFixtures() {
    }

    /** The lead's project in {@code dir}: documents "one" and "two", codes Feelings/Hope, Work, Openness; one coding by lead. */
    static void leadProject(Path dir, Path scratch) throws IOException {
        Path in = Files.createDirectories(scratch.resolve("in-" + dir.getFileName()));
        Files.writeString(in.resolve("one.txt"), ONE);
        Files.writeString(in.resolve("two.txt"), TWO);
        try (ProjectSession s = ProjectSession.create(dir, "Study", Language.EN, "lead")) {
            s.imports().importPaths(List.of(in.resolve("one.txt"), in.resolve("two.txt")), ImportListener.NONE);
            s.codebook().addPath("Feelings/Hope", "#336699", dev.passage.model.CodeDescription.EMPTY);
            s.codebook().addPath("Work", "#993366", dev.passage.model.CodeDescription.EMPTY);
            s.codebook().addPath("Openness", "#669933", dev.passage.model.CodeDescription.EMPTY);
            s.coding().apply(doc(s, "one"), 0, 10, s.codebook().resolve("Openness").id());
        }
    }

    static long doc(ProjectSession s, String name) {
        return s.documents().idByName(name).orElseThrow();
    }

    /** A coder's copy: the project folder copied as a lead would (without its lock file and search index). */
    static Path copy(Path dir, Path to) throws IOException {
        Files.createDirectories(to);
        Files.copy(dir.resolve("project.mv.db"), to.resolve("project.mv.db"));
        return to;
    }

    static byte[] databaseBytes(Path dir) throws IOException {
        return Files.readAllBytes(dir.resolve("project.mv.db"));
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
