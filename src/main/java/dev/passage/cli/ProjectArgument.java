package dev.passage.cli;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.session.ProjectSession;
import dev.passage.store.ProjectAddress;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A command's project argument: a folder ({@code NAME.passage}) or a server address ({@code postgresql://USER@HOST/DB}).
 * Opens either (a folder's password from {@link Passwords#keyFor}, a server's from {@link Passwords#forServer}); for the
 * commands that only make sense for a folder, refuses an address and says what to do instead.
 */
final class ProjectArgument {
    private ProjectArgument() {
    }

    /** Opens the project {@code where} names as {@code coder}. */
    static ProjectSession open(String where, String coder) throws IOException {
        return switch (ProjectAddress.parse(where)) {
            case ProjectAddress.Folder folder -> {
                try (var key = Passwords.keyFor(folder.path())) {
                    yield ProjectSession.open(folder.path(), coder, key);
                }
            }
            case ProjectAddress.Server server -> {
                char[] password = Passwords.forServer(server);
                try {
                    yield ProjectSession.openServer(server, password, coder);
                } finally {
                    Passwords.clear(password);
                }
            }
        };
    }

    /**
     * The folder {@code where} names, for a command that works only on a project folder; a server address is refused,
     * saying what to do instead ({@code instead}: {@code %s} is the address).
     */
    static Path folderOnly(String where, String command, String instead) {
        return switch (ProjectAddress.parse(where)) {
            case ProjectAddress.Folder folder -> folder.path();
            case ProjectAddress.Server server -> throw new PassageException(
                ErrorKind.BAD_INPUT, "passage " + command + " works on a project folder, not on a team project on a server ("
                                     + server.display() + "): " + instead.replace("%s", server.display()));
        };
    }

    /** The server {@code where} names, for a command that works only on a server project (push's target, pull's source). */
    static ProjectAddress.Server serverOnly(String where, String command) {
        return switch (ProjectAddress.parse(where)) {
            case ProjectAddress.Server server -> server;
            case ProjectAddress.Folder folder -> throw new PassageException(
                ErrorKind.BAD_INPUT, "passage " + command + " needs a server address (postgresql://USER@HOST[:PORT]/DATABASE), not the folder "
                                     + folder.display());
        };
    }
}
