package dev.passage.team;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.security.ProjectKey;
import dev.passage.store.ProjectAddress;
import dev.passage.store.ProjectStore;
import dev.passage.store.ProjectTransfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Moves a project whole between a folder and a server: {@link #push} copies a folder project into an empty database
 * (for a team to work on together), {@link #pull} makes a folder copy of a server project (offline work, archiving,
 * handing in). Both are all or nothing: a failed push leaves the database empty, a failed pull leaves no folder.
 */
public final class ProjectCopier {
    private static final SecureRandom RANDOM = new SecureRandom();

    private ProjectCopier() {
    }

    /** Copies the folder project {@code folder} ({@code key} when it is encrypted) into the empty database {@code target}. */
    public static Transfer push(Path folder, ProjectKey key, ProjectAddress.Server target, char[] password) {
        return new Transfer(folder.toString(), target.display(), ProjectTransfer.push(folder, key, target, password));
    }

    /**
     * Makes the folder {@code folder} (which must not exist) a copy of the project on {@code source}. The copy is made in a
     * sibling folder {@code NAME.part-XXXX} and renamed when it is whole, so a crash leaves no half project behind.
     */
    public static Transfer pull(ProjectAddress.Server source, char[] password, Path folder) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("copy.pullTargetExists", folder));
        }
        Path parent = target.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path part = target.resolveSibling(target.getFileName() + ".part-" + HexFormat.of().toHexDigits(RANDOM.nextInt()));
        try {
            var rows = ProjectTransfer.pullInto(source, password, part);
            ProjectStore.open(part).close(); // it opens as a project before it gets its name
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            return new Transfer(source.display(), folder.toString(), rows);
        } catch (IOException | RuntimeException e) {
            deleteTree(part, e);
            throw e;
        }
    }

    private static void deleteTree(Path root, Exception cause) {
        try {
            dev.passage.files.Trees.delete(root);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
