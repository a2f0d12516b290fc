package dev.passage.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passage.model.Coding;
import java.time.Instant;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V7: a project made before coding memos had their own author opens with its memos, credited to the coding's coder and time. */
class CodingMemoAuthorMigrationTest {
    @TempDir
    java.nio.file.Path tmp;

    @Test
    void anOldProjectOpensWithItsMemosCreditedToTheCoding() throws Exception {
        java.nio.file.Path folder = tmp.resolve("old.passage");
        java.nio.file.Files.createDirectories(folder);
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(ProjectStore.url(folder.toAbsolutePath()));
        ds.setUser("sa"); // as Passage opens it
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("6").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO project (id, name, language, created) VALUES (1, 'Old', 'da', TIMESTAMP WITH TIME ZONE '2025-01-01 09:00:00+00')");
            st.execute("INSERT INTO document (id, name, body, text_length, format, imported_at) VALUES (1, 'Interview', 'some text here', 14, 'TXT', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO code (id, name, colour) VALUES (1, 'Trust', '#336699')");
            st.execute("INSERT INTO coding (id, document_id, code_id, start_offset, end_offset, coder, created, memo) VALUES"
                       + " (1, 1, 1, 0, 4, 'anna', TIMESTAMP WITH TIME ZONE '2025-03-02 10:15:00+00', 'why this matters'),"
                       + " (2, 1, 1, 5, 9, 'anna', TIMESTAMP WITH TIME ZONE '2025-03-02 10:16:00+00', NULL)");
        }
        try (ProjectStore store = ProjectStore.open(folder)) {
            List<Coding> codings = store.database().read(a -> a.codings().all());
            assertThat(codings).hasSize(2);
            Coding memo = codings.getFirst();
            assertThat(memo.memo()).isEqualTo("why this matters");
            assertThat(memo.memoAuthor()).isEqualTo("anna");
            assertThat(memo.memoUpdated()).isEqualTo(Instant.parse("2025-03-02T10:15:00Z"));
            assertThat(codings.get(1).memo()).isNull();
            assertThat(codings.get(1).memoAuthor()).isNull();
            assertThat(codings.get(1).memoUpdated()).isNull();
        }
    }
}
