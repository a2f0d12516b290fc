package dev.passage.store;

import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every migration has an undo in {@link MigrationUndo}, and going back to V2 and opening again runs them all. */
class MigrationUndoTest {
    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @TempDir
    Path tmp;

    @Test
    void everyMigrationAfterV2HasAnUndo() throws IOException, URISyntaxException {
        Path dir = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(dir)) {
            var versions = files.map(p -> VERSION.matcher(p.getFileName().toString())).filter(Matcher::matches)
                                .map(m -> Integer.parseInt(m.group(1))).filter(v -> v > 2).sorted().toList();
            assertThat(versions).isNotEmpty();
            assertThat(MigrationUndo.UNDO.keySet()).as("a migration without an undo in MigrationUndo").containsExactlyElementsOf(versions);
        }
    }

    @Test
    void aProjectTakenBackToV2OpensAndIsMigratedAgain() throws Exception {
        Path folder = tmp.resolve("p");
        try (var s = ProjectSession.create(folder, "Old", Language.EN, "anna")) {
            s.codebook().addPath("Safety", "#cc5500", dev.passage.model.CodeDescription.EMPTY);
        }
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("project"), "sa", "");
             var st = c.createStatement()) {
            MigrationUndo.revertTo(st, 2);
            try (var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(2);
            }
        }
        try (var s = ProjectSession.open(folder, "anna")) {
            assertThat(s.codebook().codebook().size()).isEqualTo(1);
        }
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("project"), "sa", "");
             var st = c.createStatement(); var rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM \"flyway_schema_history\"")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(MigrationUndo.newest());
        }
    }
}
