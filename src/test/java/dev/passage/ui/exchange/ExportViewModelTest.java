package dev.passage.ui.exchange;

import dev.passage.export.ExcerptFilter;
import dev.passage.export.ReportKind;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.model.VariableValue;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.BackgroundTasks;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

class ExportViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs;
    SynchronousTasks tasks;
    ExportViewModel vm;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @BeforeEach
    void open() throws Exception {
        session = UiFixtures.sample(dir);
        // a unit score, as a units.csv import would give it
        SessionStores.of(session).database().write(tx -> {
            long var = tx.variables().ensure(VariableScope.UNIT, "psych_safety", VariableType.NUMBER);
            Map<String, Long> units = tx.units().idsByName();
            tx.variables().set(VariableValue.ofNumber(var, units.get("Hjemmepleje Nord"), 4.21));
            return null;
        });
        tasks = new SynchronousTasks();
        context = UiFixtures.context(session, tasks);
        dialogs = new UiFixtures.ScriptedDialogs();
        vm = new ExportViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    @Test
    void listsWhatCanBeChosenFromTheProject() {
        assertThat(vm.codes().choices()).extracting(Choice::value).contains("Peer coaching", "Psychological safety/Speaking up");
        assertThat(vm.documents().choices()).hasSize(session.documents().count());
        assertThat(vm.units().choices()).extracting(Choice::value).contains("Hjemmepleje Nord");
        assertThat(vm.coders().choices()).extracting(Choice::value).contains("anna", "jonas");
        assertThat(vm.variables().choices()).extracting(Choice::value).contains("psych_safety");
        assertThat(vm.variables().choices()).filteredOn(c -> c.value().equals("psych_safety")).extracting(Choice::label)
                                             .containsExactly("psych_safety  (unit, number)");
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void checkedEntriesBecomeTheExcerptFilter() {
        assertThat(vm.filter()).isEqualTo(ExcerptFilter.ALL.withCodes(List.of(), true));

        vm.codes().check("Psychological safety");
        vm.includeSubcodesProperty().set(false);
        vm.units().check("Hjemmepleje Nord");
        vm.coders().check("jonas");
        String doc = vm.documents().choices().get(2).value();
        vm.documents().check(doc);

        assertThat(vm.filter()).isEqualTo(new ExcerptFilter(List.of("Psychological safety"), false, List.of(doc), List.of("Hjemmepleje Nord"),
                                                            List.of("jonas"), null));
        assertThat(vm.codes().checkedCountProperty().get()).isEqualTo(1);
        vm.codes().clear();
        assertThat(vm.filter().codePaths()).isEmpty();
    }

    @Test
    void theRequestKeepsOnlyWhatTheFormatTakes() {
        vm.codes().check("Peer coaching");
        vm.variables().check("psych_safety");

        vm.formatProperty().set(ExportFormat.DOCX);
        assertThat(vm.request().variables()).isEmpty();
        assertThat(vm.request().filter().codePaths()).containsExactly("Peer coaching");
        assertThat(vm.request().reportKind()).isEqualTo(ReportKind.EXCERPTS);

        vm.formatProperty().set(ExportFormat.QDPX);
        assertThat(vm.request().filter()).isEqualTo(ExcerptFilter.ALL);
        assertThat(vm.request().reportKind()).isNull();
    }

    @Test
    void suggestsAFileNameFromTheProjectAndTheFormat() {
        String project = session.info().name();
        assertThat(vm.suggestedFileName()).isEqualTo(project + " - excerpts.csv");
        vm.formatProperty().set(ExportFormat.HTML);
        vm.reportKindProperty().set(ReportKind.CODEBOOK);
        assertThat(vm.suggestedFileName()).isEqualTo(project + " - codebook.html");
        vm.reportKindProperty().set(ReportKind.EXCERPTS);
        assertThat(vm.suggestedFileName()).isEqualTo(project + " - excerpts report.html");
        vm.formatProperty().set(ExportFormat.QDPX);
        assertThat(vm.suggestedFileName()).isEqualTo(project + ".qdpx");
        vm.formatProperty().set(ExportFormat.QDC);
        assertThat(vm.suggestedFileName()).isEqualTo(project + " - codebook.qdc");
        assertThat(vm.fileTypes()).singleElement().satisfies(t -> assertThat(t.extensions()).containsExactly("qdc"));
    }

    @Test
    void fileNamesLoseCharactersFileSystemsRefuse() {
        assertThat(ExportViewModel.safe("A/B: \"C\"? <d>|e*")).isEqualTo("A_B_ _C__ _d__e_");
        assertThat(ExportViewModel.safe("..hidden")).isEqualTo("hidden");
        assertThat(ExportViewModel.safe("  ")).isEqualTo("passage-export");
    }

    @Test
    void thePreviewCountsWhatTheFiltersSelect() {
        assertThat(vm.previewProperty().get()).matches("[\\d,]+ coded segments \\([\\d,]+ codes\\) will be exported\\.");
        vm.codes().check("Peer coaching");
        assertThat(vm.previewProperty().get()).isEqualTo(peerCodings() + " coded segments (1 code) will be exported.");
        vm.formatProperty().set(ExportFormat.QDC);
        assertThat(vm.previewProperty().get()).isEqualTo(session.codebook().codebook().size() + " codes will be exported.");
    }

    @Test
    void aCsvExportWritesTheFilteredExcerptsWithTheVariableColumn() throws IOException {
        vm.codes().check("Peer coaching");
        vm.variables().check("psych_safety");
        dialogs.pathAnswers.add(dir.resolve("peer")); // the extension is added like the real file chooser does

        assertThat(vm.export()).isTrue();

        Path csv = dir.resolve("peer.csv");
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertThat(p.getHeaderNames()).contains("code_path", "document", "unit", "psych_safety");
            rows = p.getRecords();
        }
        int peer = peerCodings();
        assertThat(rows).hasSize(peer).allMatch(r -> r.get("code_path").equals("Peer coaching"));
        assertThat(rows).filteredOn(r -> r.get("unit").equals("Hjemmepleje Nord")).isNotEmpty()
                        .allMatch(r -> r.get("psych_safety").equals("4.21"));
        assertThat(rows).filteredOn(r -> !r.get("unit").equals("Hjemmepleje Nord")).allMatch(r -> r.get("psych_safety").isEmpty());
        assertThat(dialogs.errors).isEmpty();
        assertThat(dialogs.infos).singleElement().asString()
            .startsWith("Export finished: Wrote " + peer + " coded excerpts to " + csv)
            .contains("Variable columns: psych_safety.");
        assertThat(vm.lastOutcomeProperty().get().rows()).isEqualTo(peer);
        assertThat(tasks.titles()).contains("Exporting peer.csv");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aCodebookReportCountsItsCodes() throws IOException {
        vm.formatProperty().set(ExportFormat.HTML);
        vm.reportKindProperty().set(ReportKind.CODEBOOK);
        dialogs.pathAnswers.add(dir.resolve("book.html"));

        vm.export();

        int codes = session.codebook().codebook().size();
        assertThat(Files.readString(dir.resolve("book.html"))).contains("Peer coaching").contains("Speaking up");
        assertThat(dialogs.infos).singleElement().asString().contains("Wrote a codebook report of " + codes + " codes to");
    }

    @Test
    void aQdpxExportSaysWhatCouldNotBeCarriedOver() throws IOException {
        vm.formatProperty().set(ExportFormat.QDPX);
        dialogs.pathAnswers.add(dir.resolve("study.qdpx"));

        vm.export();

        try (ZipFile zip = new ZipFile(dir.resolve("study.qdpx").toFile())) {
            assertThat(zip.getEntry("project.qde")).isNotNull();
        }
        String info = dialogs.infos.getFirst();
        assertThat(info).contains("Wrote the whole project to").contains("Carried over:").contains(" documents")
                        .contains("Not carried over (").contains("Speaker turns (");
        assertThat(vm.lastOutcomeProperty().get().interop().losses()).isNotEmpty();
    }

    @Test
    void choosingNoFileExportsNothing() {
        assertThat(vm.export()).isFalse();
        assertThat(dialogs.infos).isEmpty();
        assertThat(tasks.titles()).noneMatch(t -> t.startsWith("Exporting"));
    }

    @Test
    void aFailedExportNamesTheFileAndTheProblem() {
        dialogs.pathAnswers.add(dir.resolve("no-such-folder").resolve("out.csv"));

        vm.export();

        assertThat(dialogs.infos).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("Could not export out.csv: ").contains("out.csv")
                                  .contains("does not exist");
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aCancelledExportLeavesTheEarlierFileAlone() throws Exception {
        Path target = dir.resolve("earlier.csv");
        Files.writeString(target, "earlier");
        BackgroundTasks.Progress cancelled = new BackgroundTasks.Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        ExportRequest request = new ExportRequest(ExportFormat.CSV, null, ExcerptFilter.ALL, List.of());

        ExportOutcome outcome = ExportJob.run(session, request, target, cancelled, n -> "");

        assertThat(outcome.cancelled()).isTrue();
        assertThat(Files.readString(target)).isEqualTo("earlier");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    /** Codings of "Peer coaching" in the sample (interviews and survey answers). */
    private int peerCodings() {
        long peer = session.codebook().resolve("Peer coaching").id();
        return SessionStores.of(session).database().<Integer>read(a -> a.codings().forCodes(List.of(peer)).size());
    }
}
