package dev.passage.store;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the server knows of a team project's members, for {@code dev.passage.team.TeamRoles}: the {@code team_member}
 * record, the memberships of the project's group roles ({@code pg_auth_members}), the schema's tables, and running the
 * GRANT/REVOKE statements that change them. Works on a connection of its own, outside the pool.
 */
public final class TeamRoster {
    /** The schema a project lives in, its tables, and the id sequences of some of them (qualified, as the server names them). */
    public record Schema(String name, List<String> tables, Map<String, String> idSequences) {
    }

    private final ServerStore store;

    public TeamRoster(ServerStore store) {
        this.store = store;
    }

    /** The project's schema and tables, with the id sequences of {@code withSequences} (those that have one). */
    public Schema schema(Collection<String> withSequences) {
        return withConnection(c -> {
            String schema = Jdbc.one(c, "SELECT current_schema()", rs -> rs.getString(1)).orElse("public");
            List<String> tables = Jdbc.list(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = ? "
                                               + "AND table_type = 'BASE TABLE' ORDER BY table_name", rs -> rs.getString(1), schema);
            Map<String, String> sequences = new TreeMap<>();
            for (String t : withSequences) {
                if (!tables.contains(t)) {
                    continue;
                }
                boolean hasId = !Jdbc.list(c, "SELECT 1 FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                                              + "AND column_name = 'id'", rs -> 1, schema, t).isEmpty();
                if (hasId) {
                    Jdbc.one(c, "SELECT pg_get_serial_sequence(?, 'id')", rs -> rs.getString(1), quote(schema) + "." + quote(t))
                        .ifPresent(seq -> sequences.put(t, seq));
                }
            }
            return new Schema(schema, tables, sequences);
        });
    }

    /** The members the project records, name to role ({@code lead} or {@code coder}). */
    public Map<String, String> recorded() {
        return withConnection(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String[] row : Jdbc.list(c, "SELECT name, role FROM team_member ORDER BY name",
                                          rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                out.put(row[0], row[1]);
            }
            return out;
        });
    }

    /** Who the server makes a member of any of {@code groups} (those groups themselves left out): member to its groups. */
    public Map<String, Set<String>> granted(Collection<String> groups) {
        List<String> g = List.copyOf(groups);
        return withConnection(c -> {
            Map<String, Set<String>> out = new TreeMap<>();
            String in = Jdbc.placeholders(g.size());
            Object[] params = new Object[g.size() * 2];
            for (int i = 0; i < g.size(); i++) {
                params[i] = g.get(i);
                params[g.size() + i] = g.get(i);
            }
            for (String[] row : Jdbc.list(c, "SELECT m.rolname, r.rolname FROM pg_auth_members am JOIN pg_roles r ON r.oid = am.roleid "
                                             + "JOIN pg_roles m ON m.oid = am.member WHERE r.rolname IN (" + in + ") AND m.rolname NOT IN ("
                                             + in + ")", rs -> new String[] {rs.getString(1), rs.getString(2)}, params)) {
                out.computeIfAbsent(row[0], k -> new TreeSet<>()).add(row[1]);
            }
            return out;
        });
    }

    /**
     * Records {@code name} with {@code role} in {@code team_member} (null: takes them out), then runs {@code grants} when
     * this user may. Returns null when the grants ran, else why not: the SQLSTATE (42501 or 0LP01: not allowed to grant;
     * 42704: a role does not exist yet). The record stays either way. Only a lead may change the record.
     */
    public String record(String name, String role, List<String> grants) {
        return withConnection(c -> {
            try {
                if (role == null) {
                    Jdbc.update(c, "DELETE FROM team_member WHERE name = ?", name);
                } else if (Jdbc.update(c, "UPDATE team_member SET role = ? WHERE name = ?", role, name) == 0) {
                    Jdbc.update(c, "INSERT INTO team_member (name, role) VALUES (?, ?)", name, role);
                }
            } catch (StoreException e) {
                if (SqlStates.permissionDenied(e)) {
                    throw new PassageException(ErrorKind.LOCKED, Text.of("team.onlyLeadsRecord", store.server().user(),
                                                                         store.server().display()), e);
                }
                throw e;
            }
            String refused = null;
            try (Statement st = c.createStatement()) {
                st.execute("SAVEPOINT grants");
                for (String g : grants) {
                    st.execute(g);
                }
            } catch (SQLException e) {
                // not allowed to grant (42501, 0LP01) or no such role yet (42704): the SQL is for someone who may
                if (!Set.of("42501", "0LP01", "42704").contains(e.getSQLState())) {
                    throw e;
                }
                refused = e.getSQLState();
                try (Statement st = c.createStatement()) {
                    st.execute("ROLLBACK TO SAVEPOINT grants");
                }
            }
            return refused;
        });
    }

    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction on a connection of its own; committed when it returns, rolled back when it throws. */
    private <T> T withConnection(Work<T> work) {
        try (Connection c = store.dedicatedConnection(ServerStore.APPLICATION + ":team")) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw ServerStore.translate(e, store.server());
        }
    }

    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
