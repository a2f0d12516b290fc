package dev.passage.store;

import dev.passage.sample.SampleStudy;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The copy behind push and pull, on H2 alone (the PostgreSQL round trip is dev.passage.team.ProjectCopierTest): every
 * table of the schema is found and copied parents first, ids kept, and new ids go on past the copied ones.
 */
class TableCopyTest {
    @TempDir
    Path dir;

    @Test
    void everyTableOfTheSchemaIsCopiedParentsFirst() throws Exception {
        Path sample = dir.resolve("sample.passage");
        SampleStudy.build(sample, false);
        try (ProjectStore store = ProjectStore.open(sample); Connection c = store.dataSource().getConnection()) {
            List<SchemaTables.Table> tables = SchemaTables.of(c, TableCopy.NOT_COPIED);
            Set<String> all = new TreeSet<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'PUBLIC' "
                                                + "AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    all.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
            all.removeAll(Set.of("flyway_schema_history", "change_log"));
            assertThat(tables).extracting(SchemaTables.Table::key).containsExactlyInAnyOrderElementsOf(all);
            List<String> seen = new ArrayList<>();
            for (SchemaTables.Table t : tables) {
                assertThat(seen).as(t.key()).containsAll(t.references());
                seen.add(t.key());
            }
            SchemaTables.Table code = tables.stream().filter(t -> t.key().equals("code")).findFirst().orElseThrow();
            assertThat(code.selfReferences()).containsEntry("PARENT_ID", "ID");
            assertThat(code.identity()).containsExactly("ID");
        }
    }

    @Test
    void aCopyHoldsTheSameRowsAndNewIdsGoOnPastThem() throws Exception {
        Path sample = dir.resolve("sample.passage");
        SampleStudy.build(sample, false);
        try (ProjectStore source = ProjectStore.open(sample); Connection c = source.dataSource().getConnection();
             Statement st = c.createStatement()) {
            st.execute("INSERT INTO code (id, name, colour) VALUES (900, 'Late parent', '#654321')");
            st.execute("UPDATE code SET parent_id = 900 WHERE id = (SELECT MIN(id) FROM code WHERE parent_id IS NULL AND id <> 900)");
        }
        Path copy = Files.createDirectories(dir.resolve("copy.passage"));
        Map<String, Long> counts;
        JdbcConnectionPool pool = Migrations.migrate(copy, ProjectCipher.pool(copy.resolve(ProjectStore.DATABASE_NAME), null),
                                                     () -> ProjectCipher.pool(copy.resolve(ProjectStore.DATABASE_NAME), null));
        try (ProjectStore source = ProjectStore.open(sample); Connection from = source.dataSource().getConnection();
             Connection to = pool.getConnection()) {
            counts = TableCopy.copy(from, to);
        } finally {
            pool.dispose();
        }
        assertThat(counts.keySet()).doesNotContain("flyway_schema_history", "change_log").contains("code", "coding", "edit_history");
        assertThat(counts.get("code")).isEqualTo(25);
        try (ProjectStore a = ProjectStore.open(sample); ProjectStore b = ProjectStore.open(copy)) {
            for (String table : counts.keySet()) {
                assertThat(rows(b, table)).as(table).hasSize(counts.get(table).intValue()).isEqualTo(rows(a, table));
            }
            long id = b.database().write(tx -> tx.codes().insert(null, "After the copy", "#112233", dev.passage.model.CodeDescription.EMPTY, 0));
            assertThat(id).isGreaterThan(900);
        }
    }

    private static List<String> rows(ProjectStore store, String table) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = store.dataSource().getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    sb.append(rs.getString(i)).append('|');
                }
                out.add(sb.toString());
            }
        }
        out.sort(null);
        return out;
    }
}
