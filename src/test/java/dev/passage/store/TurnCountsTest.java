package dev.passage.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passage.model.DocumentFormat;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import dev.passage.model.SpeakerTurn;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The document list's turn and speaker counts, kept on the document row: written on insert, cleared with the text, and filled by V3. */
class TurnCountsTest {
    @TempDir
    java.nio.file.Path tmp;

    @Test
    void insertCountsTurnsAndDistinctNamedSpeakers() {
        try (var store = ProjectStore.create(tmp.resolve("t.passage"), "T", Language.EN)) {
            Database db = store.database();
            String text = "A: hi\n\nB: yes\n\nA: so\n\nplain";
            List<SpeakerTurn> turns = List.of(new SpeakerTurn(0, 5, "A", null), new SpeakerTurn(7, 13, "B", null),
                                              new SpeakerTurn(15, 20, "A", null), new SpeakerTurn(22, 27, null, null));
            long id = db.write(tx -> tx.documents().insert(new NewDocument("talk", text, DocumentFormat.TXT, null, Instant.now(), Map.of(), turns)));
            long plain = db.write(tx -> tx.documents().insert(new NewDocument("plain", "no turns", DocumentFormat.TXT, null, Instant.now(), Map.of(), List.of())));

            assertThat(summary(db, id)).extracting(DocumentSummary::turnCount, DocumentSummary::speakerCount).containsExactly(4, 2);
            assertThat(summary(db, plain)).extracting(DocumentSummary::turnCount, DocumentSummary::speakerCount).containsExactly(0, 0);

            db.write(tx -> {
                tx.documents().replaceText(id, "new text");
                return null;
            });
            assertThat(summary(db, id)).extracting(DocumentSummary::turnCount, DocumentSummary::speakerCount).containsExactly(0, 0);
        }
    }

    @Test
    void migrationFillsTheCountsOfAnExistingProject() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:" + tmp.resolve("old").toAbsolutePath());
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("2").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement()) {
            st.execute("INSERT INTO document (id, name, body, text_length, format, imported_at) VALUES (1, 'old', 'x', 1, 'TXT', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO document (id, name, body, text_length, format, imported_at) VALUES (2, 'bare', 'y', 1, 'TXT', CURRENT_TIMESTAMP)");
            st.execute("INSERT INTO speaker_turn (document_id, ordinal, start_offset, end_offset, speaker) VALUES"
                       + " (1, 0, 0, 0, 'Anna'), (1, 1, 0, 0, 'Bo'), (1, 2, 0, 1, 'Anna')");
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (var c = ds.getConnection(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT id, turn_count, speaker_count FROM document ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getInt(2), rs.getInt(3))).containsExactly(3, 2);
            assertThat(rs.next()).isTrue();
            assertThat(List.of(rs.getInt(2), rs.getInt(3))).containsExactly(0, 0);
        }
    }

    private static DocumentSummary summary(Database db, long id) {
        return db.<List<DocumentSummary>>read(a -> a.documents().list()).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
    }
}
