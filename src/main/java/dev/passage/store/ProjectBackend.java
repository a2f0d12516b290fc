package dev.passage.store;

import dev.passage.model.ProjectInfo;

import java.nio.file.Path;

/**
 * Where an open project's data lives: a folder with its embedded H2 database ({@link ProjectStore}), or a database on a
 * PostgreSQL server shared by a team ({@link ServerStore}). The session works on either through this.
 */
public interface ProjectBackend extends AutoCloseable {
    ProjectAddress address();

    Database database();

    ProjectInfo info();

    /**
     * The project's local folder: the project folder itself, or for a server project its folder in the user's cache (its
     * search index, the window layout). Never the truth: deleting a server project's local folder costs only a rebuild.
     */
    Path folder();

    /** Where the derived search index lives. */
    Path indexFolder();

    /** True when the database is encrypted at rest by Passage (folder projects only). */
    boolean encrypted();

    /** True for a project on a server that several coders work on at once. */
    boolean shared();

    @Override
    void close();
}
