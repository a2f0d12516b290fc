package dev.passage.session;

import dev.passage.TestProjects;
import dev.passage.language.LanguageSamples;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.search.KwicHit;
import dev.passage.search.SearchFilters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V6 on a project made before it (no language column, schema history up to V4 or V5): it opens, every document has the
 * project's language, searches work as before, and a document's language can then be changed and is re-indexed.
 */
class DocumentLanguageMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void anOldProjectOpensWithEveryDocumentInTheProjectsLanguage() throws Exception {
        Path folder;
        long nurse;
        try (var s = TestProjects.create(tmp, Language.DA)) {
            folder = s.folder();
            TestProjects.importText(s, tmp, "Leader", LanguageSamples.DANISH);
            nurse = TestProjects.importText(s, tmp, "Nurse", LanguageSamples.ENGLISH);
        }
        // back to the schema before V6, as an older Passage left it
        try (var c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("project"), "sa", "");
             var st = c.createStatement()) {
            st.execute("ALTER TABLE document DROP COLUMN language");
            st.execute("ALTER TABLE coding DROP COLUMN memo_author");   // and V7's, which came later
            st.execute("ALTER TABLE coding DROP COLUMN memo_updated");
            st.execute("ALTER TABLE project DROP COLUMN blind_lead");   // and V10's
            st.execute("ALTER TABLE project DROP COLUMN blind_since");
            assertThat(st.executeUpdate("DELETE FROM \"flyway_schema_history\" WHERE \"version\" IN ('6', '7', '10')")).isEqualTo(3);
        }
        // and its index as an older Passage wrote it (format 3: one text field in the project's language)
        try (var dir = FSDirectory.open(folder.resolve("index"));
             var w = new IndexWriter(dir, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            Map<String, String> data = new HashMap<>();
            w.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put("passage.indexFormat", "3");
            w.setLiveCommitData(data.entrySet());
            w.commit();
        }

        try (var s = ProjectSession.open(folder, "anna")) {
            assertThat(s.documents().summaries()).extracting(DocumentSummary::language).containsOnly(Language.DA);
            assertThat(s.languages().present()).containsExactly(Language.DA);
            assertThat(hits(s, "fejl")).containsExactly("fejl", "fejlene");
            assertThat(hits(s, "studies")).as("the English interview is analysed in Danish, as before").containsExactly("studies");

            assertThat(s.languages().change(nurse, Language.EN)).isTrue();
            assertThat(hits(s, "studies")).containsExactly("study", "studies");
            assertThat(hits(s, "fejl")).containsExactly("fejl", "fejlene");
            s.history().undo();
            assertThat(s.languages().of(nurse)).isEqualTo(Language.DA);
            assertThat(hits(s, "studies")).containsExactly("studies");
        }
    }

    private static List<String> hits(ProjectSession s, String query) throws Exception {
        return s.search().search(query, SearchFilters.NONE, 100).hits().stream().map(KwicHit::hit).toList();
    }
}
