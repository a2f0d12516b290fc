package dev.passage.ui.documents;

import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DocumentsViewModelTest {
    @TempDir
    Path dir;

    private ProjectSession session;
    private ProjectContext context;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final SynchronousTasks tasks = new SynchronousTasks();

    private DocumentsViewModel sample() throws Exception {
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, tasks);
        return new DocumentsViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        if (context != null) {
            context.detach();
        }
        if (session != null) {
            session.close();
        }
    }

    private DocumentRow row(DocumentsViewModel vm, String nameStart) {
        return vm.allDocuments().stream().filter(r -> r.name().startsWith(nameStart)).findFirst().orElseThrow();
    }

    /** The coded share computed independently: a bit per coded character. */
    private double codedShareByBits(long documentId) {
        return SessionStores.of(session).database().read(a -> {
            int length = a.documents().length(documentId).orElseThrow();
            BitSet bits = new BitSet(length);
            for (Coding c : a.codings().forDocument(documentId)) {
                bits.set(c.start(), c.end());
            }
            return (double) bits.cardinality() / length;
        });
    }

    @Test
    void listsEveryDocumentWithUnitSpeakersLengthAndCodedShare() throws Exception {
        DocumentsViewModel vm = sample();
        List<DocumentSummary> summaries = session.documents().summaries();
        assertThat(vm.allDocuments()).hasSize(16).hasSameSizeAs(summaries);
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.countTextProperty().get()).isEqualTo("16");

        DocumentRow leader = row(vm, "Interview 01");
        DocumentSummary s = summaries.stream().filter(x -> x.id() == leader.id()).findFirst().orElseThrow();
        assertThat(leader.unit()).isEqualTo("Hjemmepleje Nord");
        assertThat(leader.speakerCount()).isEqualTo(s.speakerCount()).isGreaterThanOrEqualTo(2);
        assertThat(leader.length()).isEqualTo(s.length());
        assertThat(leader.codingCount()).isEqualTo(s.codingCount()).isPositive();
        assertThat(leader.attributes()).containsEntry("role", "leader").containsEntry("interview_date", "2026-02-17");
        assertThat(leader.shownAttributes()).doesNotContainKey("unit");
        for (DocumentRow r : vm.allDocuments()) {
            assertThat(r.codedShare()).as(r.name()).isCloseTo(codedShareByBits(r.id()), within(1e-9));
        }
        assertThat(vm.allDocuments()).anyMatch(r -> r.codedShare() > 0 && r.codedShare() < 1);

        // by unit, then by name
        List<String> units = vm.visibleDocuments().stream().map(DocumentRow::unit).distinct().toList();
        assertThat(units).startsWith("Borgerservice", "Dagtilbud Mælkebøtten", "Dagtilbud Solsikken").hasSize(9);
        assertThat(vm.visibleDocuments().stream().map(DocumentRow::unit).toList())
            .as("documents of a unit are together").hasSize(16);
        assertThat(tasks.titles()).containsOnly("Loading documents");
    }

    @Test
    void theFilterMatchesNameUnitAndAttributeValues() throws Exception {
        DocumentsViewModel vm = sample();
        vm.filterProperty().set("egebo");
        assertThat(vm.visibleDocuments()).extracting(DocumentRow::name)
            .allMatch(n -> n.contains("Egebo")).hasSize(3);
        assertThat(vm.countTextProperty().get()).isEqualTo("3 of 16");

        vm.filterProperty().set("Egebo nurse");
        assertThat(vm.visibleDocuments()).extracting(DocumentRow::name).containsExactly("Interview 05 – Plejecenter Egebo – nurse");

        vm.filterProperty().set("role=employee");
        assertThat(vm.visibleDocuments()).hasSize(9).allMatch(r -> r.attributes().get("role").equals("employee"));

        vm.filterProperty().set("2026-03-05"); // an attribute value only
        assertThat(vm.visibleDocuments()).extracting(DocumentRow::name)
            .containsExactly("Interview 06 – Dagtilbud Solsikken – leader", "Interview 07 – Dagtilbud Solsikken – pedagogue");

        vm.filterProperty().set("no such thing");
        assertThat(vm.visibleDocuments()).isEmpty();
        assertThat(vm.noMatchesProperty().get()).isTrue();
        assertThat(vm.emptyProperty().get()).isFalse();

        vm.clearFilter();
        assertThat(vm.visibleDocuments()).hasSize(16);
        assertThat(vm.countTextProperty().get()).isEqualTo("16");
    }

    @Test
    void selectingADocumentOpensItAndADocumentOpenedElsewhereIsSelected() throws Exception {
        DocumentsViewModel vm = sample();
        DocumentRow nurse = row(vm, "Interview 05");
        vm.open(nurse);
        assertThat(context.openDocumentProperty().get()).isEqualTo(nurse.id());
        assertThat(vm.selectedProperty().get()).isEqualTo(nurse);

        DocumentRow teacher = row(vm, "Interview 13");
        context.navigateTo(new dev.passage.ui.common.TextLocation(teacher.id(), 0, 5));
        assertThat(vm.selectedProperty().get()).isEqualTo(teacher);
    }

    @Test
    void aCodingRecomputesOnlyTheTouchedDocumentAndUndoRestoresIt() throws Exception {
        DocumentsViewModel vm = sample();
        DocumentRow before = row(vm, "Interview 16");
        DocumentRow other = row(vm, "Interview 01");
        long codeId = session.codebook().codebook().all().getFirst().id();

        session.coding().apply(before.id(), 0, before.length(), codeId);

        DocumentRow after = row(vm, "Interview 16");
        assertThat(after.codedShare()).isEqualTo(1.0);
        assertThat(after.codingCount()).isEqualTo(before.codingCount() + 1);
        assertThat(row(vm, "Interview 01")).as("untouched rows are not reloaded").isSameAs(other);
        assertThat(vm.allDocuments()).hasSize(16);

        session.history().undo();
        DocumentRow undone = row(vm, "Interview 16");
        assertThat(undone.codedShare()).isCloseTo(before.codedShare(), within(1e-9));
        assertThat(undone.codingCount()).isEqualTo(before.codingCount());
        assertThat(row(vm, "Interview 01")).isSameAs(other);
    }

    @Test
    void aDocumentRenamedOrMovedToAUnitIsReloaded() throws Exception {
        DocumentsViewModel vm = sample();
        DocumentRow nurse = row(vm, "Interview 05");
        SessionStores.of(session).database().write(tx -> {
            tx.documents().rename(nurse.id(), "Nurse, night shift");
            tx.documents().setUnit(nurse.id(), tx.units().ensure("Borgerservice", null));
            return null;
        });
        DocumentRow renamed = vm.allDocuments().stream().filter(r -> r.id() == nurse.id()).findFirst().orElseThrow();
        assertThat(renamed.name()).isEqualTo("Nurse, night shift");
        assertThat(renamed.unit()).isEqualTo("Borgerservice");
        assertThat(vm.visibleDocuments().getFirst().unit()).isEqualTo("Borgerservice");
    }

    @Test
    void importsAFolderAndListsTheFileThatFailedWithItsReason() throws Exception {
        DocumentsViewModel vm = sample();
        Path in = Files.createDirectories(dir.resolve("incoming"));
        Files.writeString(in.resolve("Interview 17.txt"), "Interviewer: Hvad sker der?\nLeder: Vi taler åbent om det.\nInterviewer: Og så?\nLeder: Så lærer vi.\n",
                          StandardCharsets.UTF_8);
        Files.write(in.resolve("broken.docx"), "this is not a zip".getBytes(StandardCharsets.UTF_8));
        Files.writeString(in.resolve("scores.xlsx"), "not read");
        dialogs.folderAnswers.push(in);

        vm.importFolder();

        assertThat(vm.importingProperty().get()).isFalse();
        assertThat(vm.allDocuments()).hasSize(17);
        DocumentRow imported = row(vm, "Interview 17");
        assertThat(imported.speakerCount()).isEqualTo(2);
        assertThat(imported.unit()).isNull();
        assertThat(imported.codedShare()).isZero();
        assertThat(context.openDocumentProperty().get()).as("the first imported document opens").isEqualTo(imported.id());

        assertThat(dialogs.errors).hasSize(1);
        String error = dialogs.errors.getFirst();
        assertThat(error).startsWith("Some files could not be imported: 1 file of 2 could not be imported:")
                         .contains("broken.docx")
                         .contains("scores.xlsx")
                         .contains("The other file was imported.");
        String reason = error.lines().filter(l -> l.contains("broken.docx")).findFirst().orElseThrow();
        assertThat(reason.length()).as("the reason follows the file name: " + reason).isGreaterThan("• broken.docx: ".length() + 5);
        assertThat(vm.importSummaryProperty().get())
            .isEqualTo("Imported 1 document. 1 file could not be imported. Skipped 1 file Passage does not read: scores.xlsx.");
        assertThat(tasks.titles()).contains("Importing transcripts");
    }

    @Test
    void aFileThatCannotBeImportedIsExplainedInTheWorkbenchLanguage() throws Exception {
        session = UiFixtures.sample(dir);
        context = new ProjectContext(session, tasks, new Messages(Locale.forLanguageTag("da")));
        DocumentsViewModel vm = new DocumentsViewModel(context, dialogs);
        Path in = Files.createDirectories(dir.resolve("incoming"));
        Files.write(in.resolve("broken.docx"), "this is not a zip".getBytes(StandardCharsets.UTF_8));
        dialogs.folderAnswers.push(in);

        vm.importFolder();

        assertThat(dialogs.errors).singleElement().asString()
            .startsWith("Nogle filer kunne ikke importeres: ")
            .contains("broken.docx: ikke en gyldig .docx-fil: det er ikke et zip-arkiv (filen er beskadiget eller ikke et Word-dokument)")
            .doesNotContain("not a valid");
    }

    @Test
    void aRefusedEditIsExplainedInTheWorkbenchLanguage() throws Exception {
        session = UiFixtures.sample(dir);
        context = new ProjectContext(session, tasks, new Messages(Locale.forLanguageTag("da")));
        DocumentsViewModel vm = new DocumentsViewModel(context, dialogs);
        DocumentRow nurse = row(vm, "Interview 05");
        SessionStores.of(session).database().write(tx -> {
            tx.documents().rename(nurse.id(), "Nurse, night shift");
            return null;
        });

        vm.setVariable(nurse, "Alder", "42"); // the row still carries the old name: the core refuses

        assertThat(dialogs.errors).containsExactly("Variablen kunne ikke sættes: Der er intet dokument ved navn \"" + nurse.name() + "\"");
    }

    @Test
    void cancellingStopsTheImportAfterTheCurrentFile() throws Exception {
        DocumentsViewModel vm = sample();
        Path in = Files.createDirectories(dir.resolve("many"));
        for (int i = 1; i <= 4; i++) {
            Files.writeString(in.resolve("Extra " + i + ".txt"), "Interviewer: Spørgsmål " + i + "\nLeder: Svar " + i + "\n");
        }
        vm.importProgressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() >= 0.25) {
                vm.cancelImport();
            }
        });

        vm.importPaths(List.of(in));

        List<String> extras = vm.allDocuments().stream().map(DocumentRow::name).filter(n -> n.startsWith("Extra")).toList();
        assertThat(extras).containsExactly("Extra 1");
        assertThat((int) session.documents().count()).isEqualTo(17);
        assertThat(vm.importSummaryProperty().get()).isEqualTo("Import cancelled: 1 document was imported before it stopped.");
        assertThat(vm.importingProperty().get()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void chosenFilesAreImportedAndNothingHappensWhenTheChooserIsCancelled() throws Exception {
        DocumentsViewModel vm = sample();
        vm.importFiles(); // no answer: cancelled
        assertThat(tasks.titles()).doesNotContain("Importing transcripts");

        Path a = Files.writeString(dir.resolve("Fokusgruppe.txt"), "A: Hej\nB: Hej selv\nC: Goddag\nA: Lad os begynde.\n");
        dialogs.fileAnswers.push(List.of(a));
        vm.importFiles();
        assertThat(row(vm, "Fokusgruppe").speakerCount()).isEqualTo(3);
        assertThat(vm.importSummaryProperty().get()).isEqualTo("Imported 1 document.");
        assertThat(dialogs.errors).isEmpty();

        dialogs.fileAnswers.push(List.of(a)); // the same file again is skipped, and the summary says so
        vm.importFiles();
        assertThat(dialogs.errors).isEmpty();
        assertThat(vm.importSummaryProperty().get()).contains("Fokusgruppe.txt").contains("already in the project");
    }

    @Test
    void anEmptyProjectIsEmptyAndImportsFillIt() throws Exception {
        session = ProjectSession.create(dir.resolve("empty.passage"), "Empty study", Language.EN, "anna");
        context = UiFixtures.context(session, tasks);
        DocumentsViewModel vm = new DocumentsViewModel(context, dialogs);
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.noMatchesProperty().get()).isFalse();

        Path f = Files.writeString(dir.resolve("first.md"), "# Notes\n\nInterviewer: Hello\n\nManager: Hi\n");
        vm.importPaths(List.of(f));
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.allDocuments()).extracting(DocumentRow::name).containsExactly("first");
    }

    @Test
    void manyTouchedDocumentsReloadEverythingOnce() throws Exception {
        DocumentsViewModel vm = sample();
        long codeId = session.codebook().codebook().all().getFirst().id();
        Map<Long, Integer> lengths = vm.allDocuments().stream().collect(Collectors.toMap(DocumentRow::id, DocumentRow::length));
        List<dev.passage.coding.TextRange> ranges = lengths.entrySet().stream()
            .map(e -> new dev.passage.coding.TextRange(e.getKey(), 0, e.getValue())).toList();
        tasks.titles().clear();
        session.coding().applyAll(ranges, codeId, dev.passage.errors.Text.plain("code everything"));
        assertThat(vm.allDocuments()).hasSize(16).allMatch(r -> r.codedShare() == 1.0);
        assertThat(tasks.titles()).containsExactly("Loading documents");
    }
}
