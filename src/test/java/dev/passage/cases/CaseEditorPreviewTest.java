package dev.passage.cases;

import dev.passage.TestProjects;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Link previews change nothing and agree with the link they preview; several documents link as one undo step; sheet names. */
class CaseEditorPreviewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    long a;
    long b;
    long c;

    @BeforeEach
    void open() throws Exception {
        session = TestProjects.create(dir, Language.EN);
        a = TestProjects.importText(session, dir, "north-01.txt", "First interview.");
        b = TestProjects.importText(session, dir, "north-02.txt", "Second interview.");
        c = TestProjects.importText(session, dir, "south-01.txt", "Third interview.");
    }

    @AfterEach
    void close() {
        session.close();
    }

    private Map<Long, String> units() {
        return SessionStores.of(session).database().read(x -> Map.of(a, x.documents().unitName(a).orElse("-"), b, x.documents().unitName(b).orElse("-"),
                                                            c, x.documents().unitName(c).orElse("-")));
    }

    @Test
    void aPatternPreviewWritesNothingAndMatchesWhatLinkingDoes() {
        LinkReport preview = session.caseEditor().previewByPattern("^(north|south)-");

        assertThat(preview.linked()).extracting(LinkReport.Link::unit).containsExactlyInAnyOrder("north", "north", "south");
        assertThat(preview.unitsCreated()).containsExactlyInAnyOrder("north", "south");
        assertThat(units().values()).containsOnly("-");
        int unitCount = SessionStores.of(session).database().read(x -> x.units().list().size());
        assertThat(unitCount).isZero();

        LinkReport done = session.caseEditor().linkByPattern("^(north|south)-");
        assertThat(done.linked()).isEqualTo(preview.linked());
        assertThat(done.unitsCreated()).containsExactlyInAnyOrderElementsOf(preview.unitsCreated());
        assertThat(session.caseEditor().previewByPattern("^(north|south)-").alreadyLinked()).isEqualTo(3);
    }

    @Test
    void aBadPatternIsRefusedWithWhereItBreaks() {
        assertThatThrownBy(() -> session.caseEditor().previewByPattern("(north"))
            .isInstanceOf(CaseDataException.class).hasMessageStartingWith("The pattern '(north' is not a valid regular expression");
    }

    @Test
    void severalDocumentsGoToOneUnitInOneUndoStep() {
        LinkReport r = session.caseEditor().linkDocuments(List.of(a, c), "Harbour");

        assertThat(r.linked()).hasSize(2);
        assertThat(r.unitsCreated()).containsExactly("Harbour");
        assertThat(units()).isEqualTo(Map.of(a, "Harbour", b, "-", c, "Harbour"));

        session.history().undo();
        assertThat(units().values()).containsOnly("-");
        int unitCount = SessionStores.of(session).database().read(x -> x.units().list().size());
        assertThat(unitCount).isZero();
        assertThatThrownBy(() -> session.caseEditor().linkDocuments(List.of(a), " ")).isInstanceOf(CaseDataException.class);
    }

    @Test
    void sheetNamesOfAWorkbookAndNoneForCsv() throws Exception {
        Path xlsx = dir.resolve("two.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            wb.createSheet("Read me");
            wb.createSheet("Scores");
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }
        Path csv = Files.writeString(dir.resolve("scores.csv"), "unit,x\nA,1\n");

        assertThat(TableReader.sheetNames(xlsx)).containsExactly("Read me", "Scores");
        assertThat(TableReader.sheetNames(csv)).isEmpty();
        Path broken = Files.writeString(dir.resolve("broken.xlsx"), "not a workbook");
        assertThatThrownBy(() -> TableReader.sheetNames(broken)).isInstanceOf(CaseDataException.class).hasMessageStartingWith("broken.xlsx: ");
    }
}
