package dev.passage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V5: an existing project's documents get positions in the order they were listed (by name), and sets can be stored. */
class DocumentOrderMigrationTest {
    @TempDir
    java.nio.file.Path tmp;

    @Test
    void existingDocumentsKeepTheirOrderAndSetsCascade() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + tmp.resolve("old").toAbsolutePath());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("4").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO document (id, name, body, text_length, format, imported_at) VALUES (1, 'Interview B', 'x', 1, 'TXT', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO document (id, name, body, text_length, format, imported_at) VALUES (2, 'Interview A', 'y', 1, 'TXT', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO document (id, name, body, text_length, format, imported_at) VALUES (3, 'Interview C', 'z', 1, 'TXT', CURRENT_TIMESTAMP)");
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            List<String> order = new ArrayList<>();
            try (var rs = st.executeQuery("SELECT name, position FROM document ORDER BY position")) {
                while (rs.next()) {
                    order.add(rs.getString(1) + "@" + rs.getInt(2));
                }
            }
            assertThat(order).containsExactly("Interview A@0", "Interview B@1", "Interview C@2");
            st.execute("INSERT INTO document_set (id, name) VALUES (1, 'Leaders')");
            st.execute("INSERT INTO document_set_member (set_id, document_id) VALUES (1, 1), (1, 2)");
            st.execute("DELETE FROM document WHERE id = 1");
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM document_set_member")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            st.execute("DELETE FROM document_set WHERE id = 1");
            try (var rs = st.executeQuery("SELECT COUNT(*) FROM document_set_member")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
