package dev.passage.interop;

import dev.passage.model.Language;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.sample.SampleStudy;
import dev.passage.session.ProjectSession;
import dev.passage.store.Database;
import dev.passage.store.ProjectStore;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample study exported as .qdpx and imported into a fresh project comes back the same. */
class QdpxRoundTripTest {
    @TempDir
    Path tmp;

    @Test
    void theSampleStudyRoundTripsThroughQdpx() throws Exception {
        Path original = tmp.resolve("sample.passage");
        SampleStudy.build(original);
        Path qdpx = tmp.resolve("out/sample.qdpx");
        ProjectContent before;
        InteropReport exported;
        try (ProjectSession s = ProjectSession.open(original, "anna")) {
            addVariablesAndCodingMemo(s);
            before = ProjectContent.of(SessionStores.of(s).database());
            exported = s.interop().exportProject(qdpx);
        }
        assertThat(exported.count("documents")).isEqualTo(before.texts().size()); // 16 interviews and 679 survey answers
        assertThat(exported.count("codings")).isEqualTo(before.codings().size());
        // interviews have speakers and the survey has respondents; REFI-QDA has neither, and the report says so
        assertThat(exported.lossesByKind()).containsOnlyKeys("Speaker turns", "Respondents", "Respondent link", "Variable");
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            QdaSchemas.validate(QdaSchemas.Kind.PROJECT, zip.getInputStream(zip.getEntry("project.qde")), "project.qde");
            assertThat(zip.stream().filter(e -> e.getName().startsWith("sources/") && e.getName().endsWith(".txt")).count())
                .isEqualTo(before.texts().size());
        }

        Path copy = tmp.resolve("copy.passage");
        InteropReport imported = QdpxImporter.importProject(qdpx, copy, ImportOptions.of(Language.DA, "someone-else"));
        assertThat(imported.losses()).isEmpty();
        assertThat(imported.count("codings")).isEqualTo(before.codings().size());
        try (ProjectStore store = ProjectStore.open(copy)) {
            assertThat(store.info().name()).isEqualTo("Learning culture in Søndervig Kommune 2026");
            ProjectContent after = ProjectContent.of(store.database());
            assertThat(after.texts()).isEqualTo(before.texts());
            assertThat(after.codes()).isEqualTo(before.codes());
            assertThat(after.codings()).isEqualTo(before.codings());
            assertThat(after.codings()).anyMatch(c -> c.contains("memo=Ben's reading of this passage by ben at "));
            assertThat(after.coders()).containsExactly("anna", "jonas").isEqualTo(before.coders());
            assertThat(after.memos()).isEqualTo(before.memos());
            assertThat(after.units()).isEqualTo(before.units());
            // respondent variables are the one thing REFI-QDA cannot hold (reported above); everything else comes back
            assertThat(after.variables()).isEqualTo(before.variables().stream().filter(v -> !v.startsWith("RESPONDENT ")).toList()).isNotEmpty();
            assertThat(after.attributes()).isEqualTo(before.attributes()).isNotEmpty();
        }
    }

    @Test
    void exportingTwiceGivesTheSameGuidsAndXml() throws Exception {
        Path original = tmp.resolve("sample.passage");
        SampleStudy.build(original);
        try (ProjectSession s = ProjectSession.open(original, "anna")) {
            s.interop().exportProject(tmp.resolve("a.qdpx"));
            s.interop().exportProject(tmp.resolve("b.qdpx"));
        }
        assertThat(withoutModifiedTime(qde(tmp.resolve("a.qdpx")))).isEqualTo(withoutModifiedTime(qde(tmp.resolve("b.qdpx"))));
    }

    static String qde(Path qdpx) throws Exception {
        try (ZipFile zip = new ZipFile(qdpx.toFile())) {
            return new String(zip.getInputStream(zip.getEntry("project.qde")).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String withoutModifiedTime(String xml) {
        return xml.replaceFirst("modifiedDateTime=\"[^\"]*\"", "");
    }

    /** The sample has no variables and no memo on a coding; add some so the round trip covers them. */
    private static void addVariablesAndCodingMemo(ProjectSession s) {
        Database db = SessionStores.of(s).database();
        db.write(tx -> {
            var units = tx.units().list();
            long size = tx.variables().ensure(VariableScope.UNIT, "staff", VariableType.NUMBER);
            long sector = tx.variables().ensure(VariableScope.UNIT, "sector", VariableType.CATEGORY);
            long visited = tx.variables().ensure(VariableScope.UNIT, "visited", VariableType.DATE);
            long note = tx.variables().ensure(VariableScope.UNIT, "note", VariableType.TEXT);
            tx.variables().set(VariableValue.ofNumber(size, units.get(0).id(), 58));
            tx.variables().set(VariableValue.ofNumber(size, units.get(1).id(), 110.5));
            tx.variables().set(VariableValue.ofText(sector, units.get(0).id(), "Eldercare"));
            tx.variables().set(VariableValue.ofDate(visited, units.get(2).id(), LocalDate.of(2026, 2, 17)));
            tx.variables().set(VariableValue.ofText(note, units.get(3).id(), "Merged 18 months ago"));
            long doc = tx.documents().ids().getFirst();
            long minutes = tx.variables().ensure(VariableScope.DOCUMENT, "minutes", VariableType.NUMBER);
            tx.variables().set(VariableValue.ofNumber(minutes, doc, 47));
            return null;
        });
        var coding = db.read(a -> a.codings().all()).get(3);
        s.memos().add(MemoTarget.CODING, coding.id(), "Second thoughts", "Maybe this is modelling fallibility instead.");
        s.memos().add(MemoTarget.DOCUMENT, coding.documentId(), null, "An untitled memo on a document");
        // a coding memo written later by someone other than the coder keeps its own author and time
        var other = db.read(a -> a.codings().all()).get(5);
        s.coding().setCoder("ben");
        s.coding().setMemo(other.id(), "Ben's reading of this passage");
        s.coding().setCoder("anna");
    }
}
