package dev.passage.ui.agreement;

import dev.passage.agreement.AgreementFixture;
import dev.passage.agreement.AgreementUnit;
import dev.passage.agreement.DisagreementPassage;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.common.TextLocation;
import dev.passage.ui.agreement.AgreementViewModel.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The agreement window's model on {@link AgreementFixture} (ann, ben and cara; the numbers are worked out there). */
class AgreementViewModelTest {
    @TempDir
    Path dir;
    AgreementFixture f;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    AgreementViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new AgreementFixture(dir);
        context = UiFixtures.context(f.session, new SynchronousTasks());
        vm = new AgreementViewModel(context, dialogs);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        f.close();
    }

    @Test
    void theFirstTwoCodersAreComparedPerCodeWithAnOverallRow() {
        vm.refresh();
        assertThat(vm.coders()).containsExactly("ann", "ben", "cara");
        assertThat(vm.chosenCoders()).containsExactly("ann", "ben");
        assertThat(vm.rows()).extracting(Row::code).containsExactly("Theme", "Other", "Mood/Calm", "Mood/Calm/Very", "Mood/Tense",
                                                                    "Overall (all codes)");
        Row theme = vm.rows().getFirst();
        assertThat(theme.percentAgreement()).isCloseTo(1125 / 1300.0, within(1e-9));
        assertThat(theme.ci95().percentAgreement()).isNotNull();
        assertThat(vm.rows().getLast().overall()).isTrue();
        assertThat(vm.explanationProperty().get()).contains("each character").contains("pA·pB + (1−pA)(1−pB)").contains("1/2")
                                                  .contains("bootstrap 95% interval (1,000 resamples");
        assertThat(vm.statusProperty().get()).contains("5 codes in 3 documents");
    }

    @Test
    void choosingACodeListsItsDocumentsAndThePassagesWhereTheCodersDiffer() {
        vm.refresh();
        vm.choose(vm.rows().getFirst());
        assertThat(vm.documents()).extracting(AgreementViewModel.DocumentRow::document).containsExactly("Long", "Short", "Third");
        assertThat(vm.passages()).hasSize(5);
        assertThat(vm.passagesTitleProperty().get()).contains("Theme in all documents: 5 passages");
        vm.chooseDocument(vm.documents().getFirst());
        assertThat(vm.passages()).extracting(DisagreementPassage::start).containsExactly(0, 150);
        vm.open(vm.passages().get(1));
        assertThat(context.revealProperty().get()).isEqualTo(new TextLocation(f.longDoc, 150, 200));
        vm.choose(vm.rows().getLast());
        assertThat(vm.documents()).isEmpty();
        assertThat(vm.passages()).isEmpty();
    }

    @Test
    void unitCodersAndDomainRecompute() {
        vm.refresh();
        vm.unitProperty().set(AgreementUnit.SEGMENT);
        assertThat(vm.rows().getFirst().cohenKappa()).isNull();
        assertThat(vm.rows().getFirst().brennanPrediger()).isNotNull();
        assertThat(vm.explanationProperty().get()).contains("at least 90% of the longer");

        vm.unitProperty().set(AgreementUnit.DOCUMENT);
        vm.domainProperty().set("Mood");
        assertThat(vm.domains()).containsExactly("Mood");
        assertThat(vm.rows()).extracting(Row::code).containsExactly("Mood", "Overall (all codes)");
        assertThat(vm.rows().getFirst().krippendorffAlpha()).isCloseTo(0, within(1e-9));
        vm.choose(vm.rows().getFirst());
        assertThat(vm.documents()).extracting(AgreementViewModel.DocumentRow::values).containsExactly("Calm / Calm", "Tense / Calm",
                                                                                                       "Calm / none");

        vm.choose("ben", false);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Choose at least two coders to compare.");
        vm.unitProperty().set(AgreementUnit.CHARACTER);
        vm.choose("cara", true);
        vm.choose("ben", true);
        assertThat(vm.chosenCoders()).containsExactly("ann", "ben", "cara");
        // cara coded in Long only: with "only documents every coder coded" that is the one document
        assertThat(vm.statusProperty().get()).contains("in 1 documents");
        assertThat(vm.rows().getFirst().cohenKappa()).isNull();
        assertThat(vm.explanationProperty().get()).contains("two coders only");
        vm.codedByAllProperty().set(false);
        assertThat(vm.statusProperty().get()).contains("in 3 documents");
    }

    @Test
    void theReportIsSavedAsCsvAndHtml() throws Exception {
        vm.refresh();
        Path csv = dir.resolve("out.csv");
        Path html = dir.resolve("out.html");
        dialogs.pathAnswers.add(csv);
        vm.exportCsv();
        dialogs.pathAnswers.add(html);
        vm.exportHtml();
        assertThat(Files.readAllLines(csv).getFirst()).startsWith("level,code,document,unit of analysis");
        assertThat(Files.readString(html)).contains("Unit of analysis: character").contains("Test study");
        assertThat(vm.statusProperty().get()).isEqualTo("Saved out.html.");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anEditRecomputes() {
        vm.refresh();
        dev.passage.session.SessionStores.of(f.session).database().write(tx -> tx.codings().insert(f.third, 0, 10, f.theme, "ann",
                                                                                                   java.time.Instant.EPOCH, null));
        assertThat(vm.rows().getFirst().percentAgreement()).isCloseTo(1135 / 1300.0, within(1e-9));
    }
}
