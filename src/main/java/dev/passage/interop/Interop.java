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
    private final java.util.function.Supplier<dev.passage.model.CoderScope> scope;

    public Interop(Database database) {
        this(database, () -> dev.passage.model.CoderScope.EVERYONE);
    }

    /** Exchange whose project export carries only the codings {@code scope} lets through (the session's "Show codings of"). */
    public Interop(Database database, java.util.function.Supplier<dev.passage.model.CoderScope> scope) {
        this.database = database;
        this.scope = scope;
    }

    /**
     * Exports the project to {@code out} (replacing it) and reports what was carried over and what not; with a narrowed coder
     * scope only those coders' codings go out, and the report says so.
     */
    public InteropReport exportProject(Path out) throws IOException {
        return QdpxExporter.export(database, scope.get(), out);
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
