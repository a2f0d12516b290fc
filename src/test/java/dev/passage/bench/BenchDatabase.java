package dev.passage.bench;

import dev.passage.store.ProjectAddress;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The fresh database of one run, made and dropped through the URL's role; direct JDBC for the checks. */
final class BenchDatabase {
    private final String adminUrl;
    private final String database;
    final ProjectAddress.Server address;
    private final String user;
    private final String password;

    private BenchDatabase(String adminUrl, String database) {
        this.adminUrl = adminUrl;
        this.database = database;
        URI uri = URI.create(adminUrl.substring("jdbc:".length()));
        this.user = query(uri, "user");
        this.password = query(uri, "password");
        this.address = new ProjectAddress.Server(user, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), database, Map.of());
    }

    static BenchDatabase create(String adminUrl) throws SQLException {
        String db = "bench_team_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + db);
        }
        return new BenchDatabase(adminUrl, db);
    }

    char[] password() {
        return password == null ? null : password.toCharArray();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), user, password);
    }

    long dataVersion() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT data_version FROM project")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The consistency check: per coder, the codings in the database against those it believes it holds (lost = held
     * but missing, extra = in the database but removed by the coder, duplicated = the same coding twice); the log's
     * versions dense and as many new versions as writes were made.
     */
    Map<String, Object> check(List<SimulatedCoder> coders, long writes, long v0, long v1) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        long lost = 0;
        long extra = 0;
        long duplicated = 0;
        long held = 0;
        try (Connection c = connect()) {
            for (SimulatedCoder coder : coders) {
                Map<Long, HeldCoding> rows = new HashMap<>();
                Map<HeldCoding, Integer> byContent = new HashMap<>();
                try (var ps = c.prepareStatement("SELECT id, document_id, start_offset, end_offset, code_id FROM coding WHERE coder = ?")) {
                    ps.setString(1, coder.session.coding().coder());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            HeldCoding h = new HeldCoding(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getLong(5));
                            rows.put(rs.getLong(1), h);
                            byContent.merge(h, 1, Integer::sum);
                        }
                    }
                }
                held += coder.held.size();
                for (var e : coder.held.entrySet()) {
                    if (!e.getValue().equals(rows.get(e.getKey()))) {
                        lost++;
                    }
                }
                for (Long id : rows.keySet()) {
                    if (!coder.held.containsKey(id)) {
                        extra++;
                    }
                }
                for (int n : byContent.values()) {
                    duplicated += n - 1;
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*), MIN(version), MAX(version) FROM change_log")) {
                rs.next();
                long count = rs.getLong(1);
                long min = rs.getLong(2);
                long max = rs.getLong(3);
                m.put("logEntries", count);
                m.put("logDense", count == max - min + 1 && max == v1);
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM coding WHERE coder = 'probe'")) {
                rs.next();
                m.put("probeCodingsLeft", rs.getLong(1));
            }
        }
        m.put("held", held);
        m.put("lost", lost);
        m.put("removedButPresent", extra);
        m.put("duplicated", duplicated);
        m.put("writesMade", writes);
        m.put("versionsDuringRun", v1 - v0);
        m.put("everyWriteOneVersion", v1 - v0 == writes);
        m.put("ok", lost == 0 && extra == 0 && duplicated == 0 && Boolean.TRUE.equals(m.get("logDense")) && v1 - v0 == writes);
        return m;
    }

    void drop() throws SQLException {
        try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        }
    }

    private static String query(URI uri, String name) {
        String q = uri.getQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return pair.substring(name.length() + 1);
                }
            }
        }
        return null;
    }
}
