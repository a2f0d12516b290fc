package dev.passage.interop;

import dev.passage.store.Database;

import java.io.IOException;
import java.nio.file.Path;

/**
 * REFI-QDA exchange of one open project: the whole project out as a {@code .qdpx}, the codebook out as a {@code .qdc}, and a
 * codebook ({@code .qdc} or the CodeBook of a {@code .qde}) in. A new project from a {@code .qdpx} is {@link QdpxImporter}'s job.
 */
public final class Interop {
    private final Database database;

    public Interop(Database database) {
        this.database = database;
    }

    /** Exports the project to {@code out} (replacing it) and reports what was carried over and what not. */
    public InteropReport exportProject(Path out) throws IOException {
        return QdpxExporter.export(database, out);
    }

    /** Exports the codebook to {@code out} (replacing it). */
    public InteropReport exportCodebook(Path out) throws IOException {
        return QdcExporter.export(database, out);
    }

    /** Adds the codebook in {@code file} to the project in one transaction (codes already there are reused). */
    public InteropReport importCodebook(Path file) {
        return QdcImporter.importInto(database, file);
    }
}
