package dev.passage.team;

import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.store.ServerStore;
import dev.passage.store.TeamRoster;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Leads and coders of a team project on a server, enforced by the server's own roles and grants. Each project (database
 * {@code DB}) has two group roles without login: {@code DB_lead}, which owns the project's tables and may change
 * everything, and {@code DB_coder}, which may read everything but write only what coding needs: codings (with their memos),
 * memos, the history and change log every write leaves, and the project's data version. A coder's attempt to change the
 * codebook, the documents, cases or variables is refused by the server (SQLSTATE 42501) and told in words by the store.
 *
 * <p>{@link #setupSql()} is what the project's owner (who ran {@code passage init} or {@code push}, with CREATEROLE) or a DBA
 * runs once, and again after Passage brought the schema up to date; {@link #add}/{@link #remove} record a member in
 * {@code team_member} and grant the group role when the user may (else return the SQL for someone who may).
 */
public final class TeamRoles {
    /** What a member may do. */
    public enum Role {
        LEAD, CODER;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Role parse(String text) {
            for (Role r : values()) {
                if (r.word().equalsIgnoreCase(text == null ? "" : text.strip())) {
                    return r;
                }
            }
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("team.unknownRole", text));
        }
    }

    /**
     * A member: the role the project records ({@code team_member}; null when it records none) and the group roles the
     * server grants them (empty when none).
     */
    public record Member(String name, Role recorded, Set<Role> granted) {
        public Member {
            granted = granted.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(granted));
        }

        /** True when the project's record and the server's grants say the same. */
        public boolean consistent() {
            return recorded != null && granted.size() == 1 && granted.contains(recorded);
        }
    }

    /**
     * What {@link #add} or {@link #remove} did: recorded, and either granted ({@code sqlToRun} null) or not: this user may
     * not grant roles, or ({@code roleMissing}) the login or the project's group roles do not exist yet.
     */
    public record Change(String name, Role role, boolean granted, String sqlToRun, boolean roleMissing) {
    }

    /** The tables (with their id sequences) a coder writes to code, write memos and be seen; everything else is read-only. */
    static final Map<String, String> CODER_WRITES = orderedMap(
        "coding", "INSERT, UPDATE, DELETE",
        "memo", "INSERT, UPDATE, DELETE",
        "edit_history", "INSERT",
        "change_log", "INSERT");

    private final ServerStore store;

    public TeamRoles(ServerStore store) {
        this.store = store;
    }

    /** The group role of {@code role} in the database {@code database} (at most 63 characters, as the server allows). */
    public static String groupRole(String database, Role role) {
        String suffix = "_" + role.word();
        String base = database.length() + suffix.length() > 63 ? database.substring(0, 63 - suffix.length()) : database;
        return base + suffix;
    }

    /** The set-up SQL for this project's database, from the tables it holds now. */
    public String setupSql() {
        TeamRoster.Schema schema = new TeamRoster(store).schema(CODER_WRITES.keySet());
        return setupSql(store.server().database(), schema.name(), schema.tables(), schema.idSequences());
    }

    /**
     * The set-up SQL for the database {@code database} whose schema {@code schema} holds {@code tables}; {@code sequences}
     * are the id sequences (already qualified) of the tables a coder writes.
     */
    static String setupSql(String database, String schema, List<String> tables, Map<String, String> sequences) {
        String lead = quote(groupRole(database, Role.LEAD));
        String coder = quote(groupRole(database, Role.CODER));
        String s = quote(schema);
        StringBuilder sql = new StringBuilder();
        sql.append("-- Passage: the roles of the team project in the database ").append(database).append(".\n")
           .append("-- Run as the project's owner (who ran passage init or push; needs CREATEROLE) or as a superuser,\n")
           .append("-- e.g. psql -d ").append(database).append(" -f roles.sql. Run it again after Passage brought the schema up to date.\n")
           .append("DO $$ BEGIN\n")
           .append("  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ").append(literal(groupRole(database, Role.LEAD)))
           .append(") THEN CREATE ROLE ").append(lead).append(" NOLOGIN; END IF;\n")
           .append("  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ").append(literal(groupRole(database, Role.CODER)))
           .append(") THEN CREATE ROLE ").append(coder).append(" NOLOGIN; END IF;\n")
           .append("END $$;\n")
           .append("-- the one running this leads the project (and may invite others)\n")
           .append("GRANT ").append(lead).append(" TO CURRENT_USER WITH ADMIN OPTION;\n")
           .append("-- a lead may make others coders\n")
           .append("GRANT ").append(coder).append(" TO ").append(lead).append(" WITH ADMIN OPTION;\n")
           .append("GRANT CONNECT, TEMPORARY ON DATABASE ").append(quote(database)).append(" TO ").append(lead).append(", ").append(coder).append(";\n")
           .append("GRANT USAGE, CREATE ON SCHEMA ").append(s).append(" TO ").append(lead).append(";\n")
           .append("GRANT USAGE ON SCHEMA ").append(s).append(" TO ").append(coder).append(";\n")
           .append("-- leads own the tables: they may change everything, and bring the schema up to date\n");
        for (String t : tables) {
            sql.append("ALTER TABLE ").append(s).append('.').append(quote(t)).append(" OWNER TO ").append(lead).append(";\n");
        }
        sql.append("-- coders read everything, and write only codings, memos, the history and the change log\n")
           .append("GRANT SELECT ON ALL TABLES IN SCHEMA ").append(s).append(" TO ").append(coder).append(";\n");
        for (Map.Entry<String, String> w : CODER_WRITES.entrySet()) {
            if (tables.contains(w.getKey())) {
                sql.append("GRANT ").append(w.getValue()).append(" ON ").append(s).append('.').append(quote(w.getKey()))
                   .append(" TO ").append(coder).append(";\n");
            }
        }
        for (String seq : sequences.values()) {
            sql.append("GRANT USAGE ON SEQUENCE ").append(seq).append(" TO ").append(coder).append(";\n");
        }
        sql.append("-- every write counts up the project's data version (and nothing else of the project row)\n")
           .append("GRANT UPDATE (data_version) ON ").append(s).append(".project TO ").append(coder).append(";\n")
           .append("INSERT INTO ").append(s).append(".team_member (name, role) SELECT CURRENT_USER, 'lead'\n")
           .append("  WHERE NOT EXISTS (SELECT 1 FROM ").append(s).append(".team_member WHERE name = CURRENT_USER);\n");
        return sql.toString();
    }

    /** The SQL that makes the login role {@code name} a member with {@code role} (and no longer the other). */
    public String grantSql(String name, Role role) {
        String db = store.server().database();
        Role other = role == Role.LEAD ? Role.CODER : Role.LEAD;
        return "GRANT " + quote(groupRole(db, role)) + " TO " + quote(name) + (role == Role.LEAD ? " WITH ADMIN OPTION" : "") + ";\n"
               + "REVOKE " + quote(groupRole(db, other)) + " FROM " + quote(name) + ";\n";
    }

    /** The SQL that takes both of the project's group roles from {@code name}. */
    public String revokeSql(String name) {
        String db = store.server().database();
        return "REVOKE " + quote(groupRole(db, Role.LEAD)) + " FROM " + quote(name) + ";\n"
               + "REVOKE " + quote(groupRole(db, Role.CODER)) + " FROM " + quote(name) + ";\n";
    }

    /** The members: everyone the project records or the server grants one of its group roles to, by name. */
    public List<Member> members() {
        String db = store.server().database();
        String lead = groupRole(db, Role.LEAD);
        String coder = groupRole(db, Role.CODER);
        TeamRoster roster = new TeamRoster(store);
        Map<String, Role> recorded = new TreeMap<>();
        roster.recorded().forEach((name, role) -> recorded.put(name, Role.parse(role)));
        Map<String, Set<Role>> granted = new TreeMap<>();
        roster.granted(List.of(lead, coder)).forEach((name, groups) -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            groups.forEach(g -> roles.add(g.equals(lead) ? Role.LEAD : Role.CODER));
            granted.put(name, roles);
        });
        List<Member> all = new ArrayList<>();
        for (String name : union(recorded.keySet(), granted.keySet())) {
            all.add(new Member(name, recorded.get(name), granted.getOrDefault(name, Set.of())));
        }
        return List.copyOf(all);
    }

    /**
     * Records {@code name} as a member with {@code role} and grants the group role when this user may; otherwise the record
     * stays and the change says what SQL someone who may (the owner, a DBA) runs. Only a lead may record members.
     */
    public Change add(String name, Role role) {
        requireName(name);
        String sql = grantSql(name, role);
        return change(name, role, sql, new TeamRoster(store).record(name, role.word(), statements(sql)));
    }

    /** Takes {@code name} out of the project's record and revokes its group roles when this user may (see {@link #add}). */
    public Change remove(String name) {
        requireName(name);
        String sql = revokeSql(name);
        return change(name, null, sql, new TeamRoster(store).record(name, null, statements(sql)));
    }

    private static Change change(String name, Role role, String sql, String refused) {
        return new Change(name, role, refused == null, refused == null ? null : sql, "42704".equals(refused));
    }

    private static List<String> statements(String sql) {
        return sql.lines().filter(l -> !l.isBlank()).map(l -> l.endsWith(";") ? l.substring(0, l.length() - 1) : l).toList();
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.length() > 63) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("team.badMemberName", name));
        }
    }

    /** {@code name} as an SQL identifier, always quoted (so any database or role name is safe). */
    static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static java.util.SortedSet<String> union(Set<String> a, Set<String> b) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
