package dev.passage.store;

import org.postgresql.jdbcurlresolver.PgPassParser;

import java.util.Optional;
import java.util.function.Function;

/**
 * Where a server project's password comes from without asking: {@code PGPASSWORD}, then the password file libpq uses
 * ({@code PGPASSFILE}, else {@code ~/.pgpass}, or {@code %APPDATA%\postgresql\pgpass.conf} on Windows). Otherwise the
 * command line prompts and the workbench asks in a dialog; Passage never writes the password to its own settings.
 */
public final class ServerCredentials {
    /** Test seam: the environment. */
    static Function<String, String> environment = System::getenv;

    private ServerCredentials() {
    }

    /** The password for {@code address} from the environment or the password file, if either has one. */
    public static Optional<char[]> find(ProjectAddress.Server address) {
        String env = environment.apply("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return Optional.of(env.toCharArray());
        }
        String fromFile = PgPassParser.getPassword(address.host(), Integer.toString(address.port()), address.database(),
                                                   address.user());
        return fromFile == null ? Optional.empty() : Optional.of(fromFile.toCharArray());
    }
}
