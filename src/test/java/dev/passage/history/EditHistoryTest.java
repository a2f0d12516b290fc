package dev.passage.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.passage.TestProjects;
import dev.passage.cases.SurveyImport;
import dev.passage.cases.TableReader;
import dev.passage.cases.UnitImport;
import dev.passage.coding.TextRange;
import dev.passage.model.EditRecord;
import dev.passage.model.HistoryEntry;
import dev.passage.model.HistoryFilter;
import dev.passage.model.Language;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every kind of edit leaves one history row, in its own transaction, with the right before/after. */
class EditHistoryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    ProjectSession s;
    long doc;

    @BeforeEach
    void setUp() throws Exception {
        s = TestProjects.create(tmp, Language.EN);
        doc = TestProjects.importText(s, tmp, "Interview 07", "Interviewer: What happens after a mistake?\n\nLead: We talk about it openly.");
    }

    @AfterEach
    void tearDown() {
        s.close();
    }

    private HistoryEntry latest() {
        return s.editHistory().list(HistoryFilter.ALL.withLimit(1)).getFirst();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void creatingAndImportingAreRecordedByTheCoder() throws Exception {
        List<HistoryEntry> all = s.editHistory().list(HistoryFilter.ALL);
        assertThat(all).extracting(HistoryEntry::action).containsExactly("import.document", "project.create");
        HistoryEntry imported = all.getFirst();
        assertThat(imported.coder()).isEqualTo("anna");
        assertThat(imported.objectId()).isEqualTo(doc);
        assertThat(imported.objectName()).isEqualTo("Interview 07");
        assertThat(json(imported.afterJson()).get("source").asText()).isEqualTo("Interview 07.txt");
        assertThat(imported.when()).isBetween(Instant.now().minusSeconds(60), Instant.now());
    }

    @Test
    void codebookEditsKeepNamesBeforeAndAfter() throws Exception {
        long parent = s.codebook().addPath("Safety", null, null).id();
        assertThat(latest().action()).isEqualTo("code.add");
        long child = s.codebook().add(parent, "Speaking up", null, null).id();
        assertThat(latest().objectName()).isEqualTo("Safety/Speaking up");

        s.codebook().rename(child, "Voice");
        HistoryEntry rename = latest();
        assertThat(rename.action()).isEqualTo("code.rename");
        assertThat(json(rename.beforeJson()).get("name").asText()).isEqualTo("Speaking up");
        assertThat(json(rename.afterJson()).get("path").asText()).isEqualTo("Safety/Voice");
        assertThat(rename.summary()).isEqualTo("rename Speaking up to Voice");

        s.codebook().recolour(child, "#112233");
        assertThat(latest().action()).isEqualTo("code.recolour");
        assertThat(json(latest().afterJson()).get("colour").asText()).isEqualTo("#112233");

        s.codebook().move(child, null);
        assertThat(latest().action()).isEqualTo("code.move");
        assertThat(json(latest().beforeJson()).get("path").asText()).isEqualTo("Safety/Voice");
        assertThat(json(latest().afterJson()).get("path").asText()).isEqualTo("Voice");

        long other = s.codebook().addPath("Openness", null, null).id();
        s.coding().apply(doc, 0, 11, child);
        s.codebook().merge(child, other);
        HistoryEntry merge = latest();
        assertThat(merge.action()).isEqualTo("code.merge");
        assertThat(json(merge.beforeJson()).get("code").asText()).isEqualTo("Voice");
        assertThat(json(merge.beforeJson()).get("codings").asInt()).isEqualTo(1);
        assertThat(json(merge.afterJson()).get("code").asText()).isEqualTo("Openness");

        s.codebook().delete(parent);
        assertThat(latest().action()).isEqualTo("code.delete");
        assertThat(json(latest().beforeJson()).get("path").asText()).isEqualTo("Safety");
        assertThat(latest().afterJson()).isNull();
    }

    @Test
    void codingsRecordDocumentRangeCodePathAndMemo() throws Exception {
        long code = s.codebook().addPath("Safety/Speaking up", null, null).id();
        long other = s.codebook().addPath("Openness", null, null).id();
        var c = s.coding().apply(doc, 0, 11, code, "first pass");
        JsonNode after = json(latest().afterJson());
        assertThat(latest().action()).isEqualTo("coding.add");
        assertThat(after.get("document").asText()).isEqualTo("Interview 07");
        assertThat(after.get("start").asInt()).isZero();
        assertThat(after.get("end").asInt()).isEqualTo(11);
        assertThat(after.get("code").asText()).isEqualTo("Safety/Speaking up");
        assertThat(after.get("memo").asText()).isEqualTo("first pass");

        s.coding().recode(c.id(), other);
        assertThat(latest().action()).isEqualTo("coding.recode");
        assertThat(json(latest().beforeJson()).get("code").asText()).isEqualTo("Safety/Speaking up");
        assertThat(json(latest().afterJson()).get("code").asText()).isEqualTo("Openness");

        s.coding().adjust(c.id(), 2, 12);
        assertThat(latest().action()).isEqualTo("coding.adjust");
        assertThat(json(latest().beforeJson()).get("start").asInt()).isZero();
        assertThat(json(latest().afterJson()).get("start").asInt()).isEqualTo(2);

        s.coding().setCoder("ben");
        s.coding().setMemo(c.id(), "second pass");
        assertThat(latest().action()).isEqualTo("coding.memo");
        assertThat(json(latest().afterJson()).get("memo").asText()).isEqualTo("second pass");
        assertThat(json(latest().afterJson()).get("memo_author").asText()).isEqualTo("ben");
        assertThat(json(latest().beforeJson()).get("memo_author").asText()).isEqualTo(c.coder());

        s.coding().remove(c.id());
        assertThat(latest().action()).isEqualTo("coding.remove");
        assertThat(latest().objectId()).isEqualTo(c.id());
        assertThat(json(latest().beforeJson()).get("end").asInt()).isEqualTo(12);
    }

    @Test
    void aBulkCodingIsOneRowWithACount() throws Exception {
        long code = s.codebook().addPath("Talk", null, null).id();
        List<TextRange> ranges = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ranges.add(new TextRange(doc, i, i + 5));
        }
        long before = s.editHistory().list(HistoryFilter.ALL).size();
        s.coding().applyAll(ranges, code, dev.passage.errors.Text.plain("autocode talk"));
        List<HistoryEntry> all = s.editHistory().list(HistoryFilter.ALL);
        assertThat(all).hasSize((int) before + 1);
        assertThat(all.getFirst().action()).isEqualTo("coding.add");
        assertThat(all.getFirst().count()).isEqualTo(40);
        assertThat(all.getFirst().summary()).isEqualTo("autocode talk");
        assertThat(json(all.getFirst().afterJson()).get("codings").asInt()).isEqualTo(40);
    }

    @Test
    void memosRecordTheirText() throws Exception {
        var memo = s.memos().add(MemoTarget.DOCUMENT, doc, "Tone", "Calm");
        assertThat(latest().action()).isEqualTo("memo.add");
        assertThat(json(latest().afterJson()).get("on").asText()).isEqualTo("document Interview 07");
        s.memos().edit(memo.id(), "Tone", "Calm, then tense");
        assertThat(latest().action()).isEqualTo("memo.edit");
        assertThat(json(latest().beforeJson()).get("text").asText()).isEqualTo("Calm");
        assertThat(json(latest().afterJson()).get("text").asText()).isEqualTo("Calm, then tense");
        s.memos().delete(memo.id());
        assertThat(latest().action()).isEqualTo("memo.delete");
    }

    @Test
    void undoAndRedoLeaveTheirOwnRowsWithBeforeAndAfterSwapped() throws Exception {
        long code = s.codebook().addPath("Speaking up", null, null).id();
        s.codebook().rename(code, "Voice");
        s.history().undo();
        HistoryEntry undo = latest();
        assertThat(undo.action()).isEqualTo("undo:code.rename");
        assertThat(undo.isUndo()).isTrue();
        assertThat(json(undo.beforeJson()).get("name").asText()).isEqualTo("Voice");
        assertThat(json(undo.afterJson()).get("name").asText()).isEqualTo("Speaking up");
        s.history().redo();
        assertThat(latest().action()).isEqualTo("redo:code.rename");
        assertThat(json(latest().afterJson()).get("name").asText()).isEqualTo("Voice");
        // an action filter finds the edit with its undo and redo
        assertThat(s.editHistory().list(HistoryFilter.ALL.withAction("code.rename"))).extracting(HistoryEntry::action)
                                                                                      .containsExactly("redo:code.rename", "undo:code.rename",
                                                                                                       "code.rename");
        assertThat(s.editHistory().list(HistoryFilter.ALL.withAction("code."))).hasSize(4);
    }

    @Test
    void aRolledBackEditLeavesNoRow() {
        long rows = s.editHistory().list(HistoryFilter.ALL).size();
        var added = s.codebook().addPath("Speaking up", null, null);
        long code = added.id();
        assertThatThrownBy(() -> SessionStores.of(s).database().write(tx -> {
            tx.codes().delete(added);
            tx.record(EditRecord.of("code.delete", "code", code, "Speaking up"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(s.editHistory().list(HistoryFilter.ALL)).hasSize((int) rows + 1);
        assertThat(latest().action()).isEqualTo("code.add");
        // an edit whose command fails inside its transaction leaves no row either
        assertThatThrownBy(() -> s.coding().apply(doc, 0, 10_000, code)).isInstanceOf(RuntimeException.class);
        assertThat(s.editHistory().list(HistoryFilter.ALL)).hasSize((int) rows + 1);
    }

    @Test
    void aWriteThatDescribesNothingStillLeavesAGenericRow() {
        SessionStores.of(s).database().write(tx -> {
            tx.documents().rename(doc, "Interview 7");
            tx.touchDocument(doc);
            return null;
        });
        assertThat(latest().action()).isEqualTo("edit");
        assertThat(latest().summary()).isEqualTo("changed 1 document");
    }

    @Test
    void casesVariablesAndImportsAreRecorded() throws Exception {
        s.caseEditor().link("Interview 07", "North");
        assertThat(latest().action()).isEqualTo("document.link");
        assertThat(json(latest().afterJson()).get("unit").asText()).isEqualTo("North");

        s.caseEditor().setDocumentVariable("Interview 07", "role", "lead");
        s.caseEditor().setDocumentVariable("Interview 07", "role", "staff");
        HistoryEntry set = latest();
        assertThat(set.action()).isEqualTo("variable.set");
        assertThat(json(set.beforeJson()).get("value").asText()).isEqualTo("lead");
        assertThat(json(set.afterJson()).get("value").asText()).isEqualTo("staff");

        Path scores = Files.writeString(tmp.resolve("scores.csv"), "unit,safety\nNorth,4.5\nSouth,3\n");
        s.unitImport().apply(TableReader.read(scores, null), new UnitImport.Options("unit", Map.of()));
        HistoryEntry units = latest();
        assertThat(units.action()).isEqualTo("unit.import");
        assertThat(units.count()).isEqualTo(2);
        assertThat(json(units.afterJson()).get("units_created").asInt()).isEqualTo(1);

        Path survey = Files.writeString(tmp.resolve("survey.csv"), "id,site,answer\nr1,North,Good\nr2,South,Bad\nr3,South,Fine\n");
        long rows = s.editHistory().list(HistoryFilter.ALL).size();
        s.surveyImport().apply(TableReader.read(survey, null), new SurveyImport.Options("id", "site", List.of("answer"), Map.of()));
        assertThat(s.editHistory().list(HistoryFilter.ALL)).hasSize((int) rows + 1);
        assertThat(latest().action()).isEqualTo("survey.import");
        assertThat(latest().count()).isEqualTo(3);
        assertThat(json(latest().afterJson()).get("respondents_created").asInt()).isEqualTo(3);
    }

    @Test
    void filtersByCoderAndTimeAndWritesCsvOldestFirst() throws Exception {
        s.codebook().addPath("A", null, null);
        s.coding().setCoder("ben");
        s.codebook().addPath("B", null, null);
        assertThat(s.editHistory().coders()).contains("anna", "ben"); // and the system user, who created the project
        assertThat(s.editHistory().list(HistoryFilter.ALL.withCoder("ben"))).singleElement()
                                                                             .extracting(HistoryEntry::objectName).isEqualTo("B");
        assertThat(s.editHistory().list(HistoryFilter.ALL.withSince(Instant.now().plusSeconds(3600)))).isEmpty();
        assertThat(s.editHistory().list(HistoryFilter.ALL.withUntil(Instant.now().minusSeconds(3600)))).isEmpty();

        Path csv = tmp.resolve("out/history.csv");
        Files.createDirectories(csv.getParent());
        int n = s.editHistory().writeCsv(csv, HistoryFilter.ALL);
        try (Reader r = Files.newBufferedReader(csv)) {
            List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
            assertThat(records).hasSize(n).hasSize(4);
            assertThat(records.getFirst().get("action")).isEqualTo("project.create");
            assertThat(records.getLast().get("coder")).isEqualTo("ben");
            assertThat(records.getLast().get("direction")).isEqualTo("do");
            assertThat(json(records.getLast().get("after")).get("name").asText()).isEqualTo("B");
            assertThat(Instant.parse(records.getLast().get("when"))).isBefore(Instant.now().plusSeconds(1));
        }
        try (var files = Files.list(csv.getParent())) {
            assertThat(files.toList()).containsExactly(csv);
        }
    }

    @Test
    void historyTimesReadDatesAndDateTimes() {
        var utc = java.time.ZoneOffset.UTC;
        assertThat(HistoryTimes.parse("2026-12-01", utc)).contains(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(HistoryTimes.parse("2026-12-01T14:30", utc)).contains(Instant.parse("2026-12-01T14:30:00Z"));
        assertThat(HistoryTimes.parse("2026-12-01T14:30:00+01:00", utc)).contains(Instant.parse("2026-12-01T13:30:00Z"));
        assertThat(HistoryTimes.parse("yesterday", utc)).isEmpty();
        assertThat(HistoryTimes.parse("2026-13-01", utc)).isEmpty();
    }
}
