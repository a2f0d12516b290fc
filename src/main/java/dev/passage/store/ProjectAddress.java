package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a project lives: a project folder ({@code NAME.passage}) or a database on a PostgreSQL server, addressed as
 * {@code postgresql://USER@HOST[:PORT]/DATABASE[?sslmode=...]}. Everything that accepts a folder accepts either. The
 * password is never part of an address (see {@link ServerCredentials}).
 */
public sealed interface ProjectAddress permits ProjectAddress.Folder, ProjectAddress.Server {
    /** The connection parameters an address may carry (passed to the driver as they are); any other is an error. */
    Set<String> SERVER_PARAMETERS = Set.of("sslmode", "sslrootcert", "sslcert", "sslkey", "connectTimeout");

    /** A folder path, or a {@code postgresql://} (or {@code postgres://}) URL. */
    static ProjectAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("address.empty"));
        }
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return Server.parse(t);
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("address.unknownScheme", t));
        }
        return new Folder(Path.of(t));
    }

    /** True when {@code text} names a server (a {@code postgresql://} URL) rather than a folder. */
    static boolean isServer(String text) {
        String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("postgresql://") || lower.startsWith("postgres://");
    }

    /** How the user writes it: the folder path, or the URL (never with a password). */
    String display();

    record Folder(Path path) implements ProjectAddress {
        @Override
        public String display() {
            return path.toString();
        }
    }

    /**
     * A database on a PostgreSQL server. {@code user} defaults to the system user (as psql's does), {@code port} to 5432.
     * {@code parameters} are the driver parameters of {@link #SERVER_PARAMETERS} (TLS: the driver's default,
     * {@code sslmode=prefer}, uses it when the server offers it; {@code sslmode=verify-full} insists and checks the host).
     */
    record Server(String user, String host, int port, String database, Map<String, String> parameters) implements ProjectAddress {
        public static final int DEFAULT_PORT = 5432;

        public Server {
            parameters = Map.copyOf(parameters);
        }

        static Server parse(String url) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (URISyntaxException e) {
                throw bad(Text.of("address.notUrl", url, e.getReason()));
            }
            String host = uri.getHost();
            if (host == null || host.isBlank()) {
                throw bad(Text.of("address.noHost", url));
            }
            String userInfo = uri.getRawUserInfo();
            if (userInfo != null && userInfo.contains(":")) {
                throw bad(Text.of("address.passwordInUrl", url));
            }
            String user = userInfo == null || userInfo.isBlank() ? systemUser() : decode(userInfo);
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            String database = decode(path.startsWith("/") ? path.substring(1) : path);
            if (database.isBlank() || database.contains("/")) {
                throw bad(Text.of("address.noDatabase", url));
            }
            Map<String, String> params = new LinkedHashMap<>();
            if (uri.getRawQuery() != null && !uri.getRawQuery().isBlank()) {
                for (String pair : uri.getRawQuery().split("&")) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                    if (!SERVER_PARAMETERS.contains(name)) {
                        throw bad(Text.of("address.unknownParameter", url, name, String.join(", ", SERVER_PARAMETERS.stream().sorted().toList())));
                    }
                    params.put(name, value);
                }
            }
            return new Server(user, host, uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database, params);
        }

        /** The JDBC URL the driver connects with (user and password are given apart). */
        public String jdbcUrl() {
            StringBuilder sb = new StringBuilder("jdbc:postgresql://").append(hostForUrl()).append(':').append(port).append('/')
                                                                      .append(encode(database));
            char sep = '?';
            for (Map.Entry<String, String> p : new java.util.TreeMap<>(parameters).entrySet()) {
                sb.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
                sep = '&';
            }
            return sb.toString();
        }

        /** The same database as another user (e.g. to check a role's grants). */
        public Server as(String otherUser) {
            return new Server(otherUser, host, port, database, parameters);
        }

        /** The same server and user, another database (e.g. {@code postgres} to create one). */
        public Server onDatabase(String otherDatabase) {
            return new Server(user, host, port, otherDatabase, parameters);
        }

        @Override
        public String display() {
            StringBuilder sb = new StringBuilder("postgresql://").append(encode(user)).append('@').append(hostForUrl());
            if (port != DEFAULT_PORT) {
                sb.append(':').append(port);
            }
            sb.append('/').append(encode(database));
            char sep = '?';
            for (Map.Entry<String, String> p : new java.util.TreeMap<>(parameters).entrySet()) {
                sb.append(sep).append(encode(p.getKey())).append('=').append(encode(p.getValue()));
                sep = '&';
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return display();
        }

        private String hostForUrl() {
            return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        }

        private static PassageException bad(Text text) {
            return new PassageException(ErrorKind.BAD_INPUT, text);
        }

        private static String decode(String s) {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        }

        private static String encode(String s) {
            return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private static String systemUser() {
            String u = System.getProperty("user.name");
            return u == null || u.isBlank() ? "postgres" : u;
        }
    }
}
