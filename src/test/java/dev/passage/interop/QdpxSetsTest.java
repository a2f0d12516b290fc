package dev.passage.interop;

import dev.passage.TestProjects;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import dev.passage.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** Document sets go out as QDA-XML project Sets of MemberSource references (schema-valid) and come back as document sets. */
class QdpxSetsTest {
    @TempDir
    Path tmp;

    @Test
    void documentSetsRoundTripThroughQdpx() throws Exception {
        Path qdpx = tmp.resolve("out.qdpx");
        try (ProjectSession s = TestProjects.create(tmp, Language.EN)) {
            long anna = TestProjects.importText(s, tmp, "Anna", "Anna talks about mistakes.");
            long bo = TestProjects.importText(s, tmp, "Bo", "Bo talks about silos.");
            TestProjects.importText(s, tmp, "Cai", "Cai says nothing.");
            s.documentEditor().addToSet("Leaders", List.of(anna));
            s.documentEditor().addToSet("Round 2", List.of(anna, bo));
            s.documentEditor().move(bo, 1);
            InteropReport out = s.interop().exportProject(qdpx);
            assertThat(out.count("document sets")).isEqualTo(2);
        }
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            QdaSchemas.validate(QdaSchemas.Kind.PROJECT, zip.getInputStream(zip.getEntry("project.qde")), "project.qde");
        }

        Path copy = tmp.resolve("copy.passage");
        InteropReport in = QdpxImporter.importProject(qdpx, copy, ImportOptions.of(Language.EN, "someone-else"));
        assertThat(in.losses()).isEmpty();
        assertThat(in.count("document sets")).isEqualTo(2);
        try (ProjectStore store = ProjectStore.open(copy)) {
            Map<String, List<String>> sets = new LinkedHashMap<>();
            store.database().read(a -> {
                a.documentSets().list().forEach(set -> sets.put(set.name(), set.documentIds().stream()
                                                                            .map(id -> a.documents().name(id).orElseThrow()).toList()));
                return null;
            });
            assertThat(sets).containsExactly(Map.entry("Leaders", List.of("Anna")), Map.entry("Round 2", List.of("Bo", "Anna")));
            // the sources were written in the stored order, so the copy keeps it
            assertThat(store.database().read(a -> a.documents().list()).stream().map(d -> d.name()).toList())
                .containsExactly("Bo", "Anna", "Cai");
        }
    }
}
