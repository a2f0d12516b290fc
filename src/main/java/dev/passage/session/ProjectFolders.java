package dev.passage.session;

import dev.passage.backup.GuardedOpen;
import dev.passage.store.ProjectCipher;
import dev.passage.store.ProjectStore;

import java.nio.file.Files;
import java.nio.file.Path;

/** What can be told of a project folder without opening a session: whether it is a project, whether it is encrypted, its name. */
public final class ProjectFolders {
    /** The database file every project folder holds (a folder without it is no project). */
    public static final String DATABASE_FILE = ProjectStore.DATABASE_FILE;

    private ProjectFolders() {
    }

    /** True when {@code folder} holds a project database. */
    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(DATABASE_FILE));
    }

    /** True when the project in {@code folder} is encrypted (it opens only with its password). */
    public static boolean isEncrypted(Path folder) {
        return ProjectCipher.isEncrypted(folder);
    }

    /** The study's name, read from the plain (not encrypted) project in {@code folder}, opened as a session would open it. */
    public static String name(Path folder) {
        try (ProjectStore store = GuardedOpen.open(folder)) {
            return store.info().name();
        }
    }
}
