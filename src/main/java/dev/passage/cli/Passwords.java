package dev.passage.cli;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.security.ProjectKey;
import dev.passage.security.ProjectPasswordException;
import dev.passage.session.ProjectFolders;
import dev.passage.store.ProjectAddress;
import dev.passage.store.ServerCredentials;

import java.io.Console;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where the command line gets a project's password: {@value #VARIABLE} when it is set, else a prompt on the terminal that
 * does not echo (asked twice for a new password). Without either it stops with exit 3 and a message naming the variable.
 * The password itself is held as a char array and cleared as soon as its {@link ProjectKey} is derived.
 */
final class Passwords {
    static final String VARIABLE = "PASSAGE_PASSWORD";
    /** The new password of `encrypt --change-password` when set (else the prompt). */
    static final String NEW_VARIABLE = "PASSAGE_NEW_PASSWORD";

    /** Test seams: the environment and the terminal (tests replace them; nothing else does). */
    static Function<String, String> environment = System::getenv;
    static Supplier<Console> console = System::console;
    /** Test seam: where a server's password is found without asking. */
    static Function<ProjectAddress.Server, java.util.Optional<char[]>> serverCredentials = ServerCredentials::find;

    private Passwords() {
    }

    /** The key of the project in {@code dir} when it is encrypted, else null (a plain project needs no password). */
    static ProjectKey keyFor(Path dir) {
        return keyFor(dir, ProjectFolders.isEncrypted(dir));
    }

    /** The key for {@code what} (a project or a backup) when {@code encrypted}, else null. */
    static ProjectKey keyFor(Path what, boolean encrypted) {
        Path dir = what;
        if (!encrypted) {
            return null;
        }
        char[] password = fromEnvironment(VARIABLE);
        if (password == null) {
            Console c = console.get();
            if (c == null) {
                throw ProjectPasswordException.missing(dir);
            }
            password = c.readPassword("Password for %s: ", dir.getFileName());
            if (password == null || password.length == 0) {
                throw ProjectPasswordException.missing(dir);
            }
        }
        return derive(password);
    }

    /** A new password for {@code dir} (from {@code variable}, else asked twice), as a key. */
    static ProjectKey newKey(Path dir, String variable) {
        char[] password = fromEnvironment(variable);
        if (password == null) {
            Console c = console.get();
            if (c == null) {
                throw new PassageException(ErrorKind.BAD_INPUT, "No password for the encrypted project " + dir.getFileName()
                                           + ": set " + variable + " or run passage in a terminal to be asked for one");
            }
            password = c.readPassword("New password for %s: ", dir.getFileName());
            char[] again = c.readPassword("Repeat the password: ");
            try {
                if (password == null || password.length == 0) {
                    throw new PassageException(ErrorKind.BAD_INPUT, "The password is empty; an encrypted project needs one");
                }
                if (!Arrays.equals(password, again)) {
                    Arrays.fill(password, '\0');
                    throw new PassageException(ErrorKind.BAD_INPUT, "The two passwords differ; nothing was changed");
                }
            } finally {
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
            }
        }
        return derive(password);
    }

    /**
     * The password for the server project {@code address}: {@code PGPASSWORD} or {@code ~/.pgpass} (see
     * {@link ServerCredentials}), else asked on the terminal without echo (an empty answer: none, for a server that asks
     * for none). Without either it stops with exit 4 and a message naming both.
     */
    static char[] forServer(ProjectAddress.Server address) {
        var known = serverCredentials.apply(address);
        if (known.isPresent()) {
            return known.get();
        }
        Console c = console.get();
        if (c == null) {
            throw new PassageException(ErrorKind.LOCKED, "No password for " + address.user() + " at " + address.display()
                                                         + ": set PGPASSWORD, add a line for it to ~/.pgpass "
                                                         + "(host:port:database:user:password), or run passage in a terminal to be asked");
        }
        char[] password = c.readPassword("Password for %s: ", address.display());
        return password == null || password.length == 0 ? null : password;
    }

    /** Overwrites a password that is no longer needed (null is fine). */
    static void clear(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }

    private static char[] fromEnvironment(String variable) {
        String value = environment.apply(variable);
        return value == null || value.isEmpty() ? null : value.toCharArray();
    }

    private static ProjectKey derive(char[] password) {
        try {
            return ProjectKey.fromPassword(password);
        } finally {
            Arrays.fill(password, '\0');
        }
    }
}
