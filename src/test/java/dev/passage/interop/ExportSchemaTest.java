package dev.passage.interop;

import dev.passage.TestProjects;
import dev.passage.model.CodeDescription;
import dev.passage.model.Language;
import dev.passage.store.ProjectStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What Passage writes validates against the bundled QDA-XML 1.0 schemas, also when parts of a project are empty. */
class ExportSchemaTest {
    @TempDir
    Path tmp;

    @Test
    void anEmptyProjectExportsWithoutEmptyContainers() throws Exception {
        Path qdpx = tmp.resolve("empty.qdpx");
        try (var s = TestProjects.create(tmp, Language.EN)) {
            InteropReport r = s.interop().exportProject(qdpx);
            assertThat(r.counts()).isEmpty();
            assertThatThrownBy(() -> s.interop().exportCodebook(tmp.resolve("none.qdc"))).isInstanceOf(InteropException.class)
                .hasMessageContaining("no codes");
        }
        String qde = QdpxRoundTripTest.qde(qdpx);
        assertThat(qde).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>").doesNotContain("<Users").doesNotContain("<Sources");
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            QdaSchemas.validate(QdaSchemas.Kind.PROJECT, zip.getInputStream(zip.getEntry("project.qde")), "project.qde");
        }
        assertThat(tmp.resolve("none.qdc")).doesNotExist();
    }

    @Test
    void aCodebookExportsAsAValidQdcAndComesBack() throws Exception {
        Path qdc = tmp.resolve("book.qdc");
        try (var s = TestProjects.create(tmp, Language.EN)) {
            var parent = s.codebook().add(null, "Psychological safety", "#0072B2",
                                          new CodeDescription("Safe to take risks.", "Climate in general.", "Single acts.", "Ingen sagde noget."));
            s.codebook().add(parent.id(), "Admitting mistakes", "#3D8FC6", CodeDescription.of("Saying one got it wrong <&>"));
            s.memos().add(dev.passage.model.Memo.MemoTarget.CODE, parent.id(), "note", "a code memo");
            InteropReport r = s.interop().exportCodebook(qdc);
            assertThat(r.count("codes")).isEqualTo(2);
            assertThat(r.losses()).singleElement().satisfies(l -> assertThat(l.kind()).isEqualTo("Code memo"));
        }
        QdaSchemas.validate(QdaSchemas.Kind.CODEBOOK, qdc);
        assertThat(Files.readString(qdc)).contains("xmlns=\"urn:QDA-XML:codebook:1.0\"");

        Path other = tmp.resolve("other");
        try (var s = TestProjects.create(other, Language.EN)) {
            InteropReport r = s.interop().importCodebook(qdc);
            assertThat(r.count("codes added")).isEqualTo(2);
        }
        try (ProjectStore store = ProjectStore.open(other.resolve("test.passage"))) {
            assertThat(ProjectContent.of(store.database()).codes()).containsExactly(
                "Psychological safety | #0072B2 | CodeDescription[definition=Safe to take risks., whenToUse=Climate in general., "
                + "whenNotToUse=Single acts., example=Ingen sagde noget.]",
                "Psychological safety/Admitting mistakes | #3D8FC6 | CodeDescription[definition=Saying one got it wrong <&>, whenToUse=, "
                + "whenNotToUse=, example=]");
        }
    }
}
