package dev.passage.store;

import dev.passage.model.CodeDescription;
import dev.passage.model.Coding;
import dev.passage.model.DocumentFormat;
import dev.passage.model.Language;
import dev.passage.model.NewDocument;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The streaming read of codings: order, selection, reads inside the cursor, and the connection left as it was. */
class CodingCursorTest {
    private static final String POSTGRES = System.getenv("PASSAGE_TEST_POSTGRES_URL");

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void streamsInTheDocumentsStoredOrderOnH2() {
        try (var store = ProjectStore.create(tmp.resolve("c.passage"), "C", Language.EN)) {
            check(store.database());
        }
    }

    @Test
    void streamsOnPostgres() throws Exception {
        assumeTrue(POSTGRES != null && !POSTGRES.isBlank(), "PASSAGE_TEST_POSTGRES_URL is not set");
        String schema = "passage_cursor_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(POSTGRES);
        ds.setCurrentSchema(schema);
        Flyway.configure().dataSource(ds).schemas(schema).createSchemas(true).locations("classpath:db/migration").load().migrate();
        try {
            Database db = new Database(ds);
            db.write(tx -> {
                tx.project().create("PG", Language.EN, Instant.now());
                return null;
            });
            check(db);
        } finally {
            try (var c = DriverManager.getConnection(POSTGRES); var st = c.createStatement()) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private static void check(Database db) {
        long[] ids = db.write(tx -> {
            long code = tx.codes().insert(null, "A", "#000000", CodeDescription.EMPTY, 0);
            long other = tx.codes().insert(null, "B", "#000000", CodeDescription.EMPTY, 1);
            long zeta = tx.documents().insert(new NewDocument("zeta", "z".repeat(100), DocumentFormat.TXT, null, Instant.now(), Map.of(), List.of()));
            long alpha = tx.documents().insert(new NewDocument("alpha", "a".repeat(100), DocumentFormat.TXT, null, Instant.now(), Map.of(), List.of()));
            for (int i = 0; i < 1200; i++) { // more than one fetch
                tx.codings().insert(i % 2 == 0 ? zeta : alpha, 90 - i % 90, 100, i % 3 == 0 ? other : code, i % 5 == 0 ? "jonas" : "anna",
                                    Instant.now(), null);
            }
            return new long[] {code, other, zeta, alpha};
        });
        List<Coding> seen = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        int n = db.read(a -> a.codings().forEach(CodingSelection.ALL, c -> {
            seen.add(c);
            texts.add(a.documents().name(c.documentId()).orElseThrow()); // another statement while the cursor is open
        }));
        assertThat(n).isEqualTo(1200).isEqualTo(seen.size());
        assertThat(texts).containsExactlyInAnyOrder("alpha", "zeta");
        // in the documents' stored order (zeta was imported first), then by start
        assertThat(seen.subList(0, 600)).allMatch(c -> c.documentId() == ids[2]);
        for (int i = 1; i < 600; i++) {
            assertThat(seen.get(i).start()).isGreaterThanOrEqualTo(seen.get(i - 1).start());
        }
        var jonasOnB = new CodingSelection(Set.of(ids[1]), Set.of(ids[2]), Set.of("jonas"));
        int m = db.read(a -> a.codings().forEach(jonasOnB, c -> assertThat(c.coder()).isEqualTo("jonas")));
        assertThat(m).isEqualTo(40); // i % 2 == 0, i % 3 == 0, i % 5 == 0: every 30th of 1200
        assertThat(db.<Integer>read(a -> a.codings().forEach(new CodingSelection(Set.of(), null, null), c -> { }))).isZero();
        // the connection is handed back as it was: a write and a plain read still work
        db.write(tx -> tx.codings().insert(ids[2], 0, 1, ids[0], "anna", Instant.now(), null));
        assertThat(db.<Integer>read(a -> a.codings().count())).isEqualTo(1201);
    }
}
