package dev.passage.ui.documents;

import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.common.TextLocation;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class DocumentsViewTest {
    private Path dir;
    private ProjectSession session;
    private ProjectContext context;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DocumentsViewModel vm;
    private DocumentsView view;
    private Stage stage;

    /** The sample template is built once per JVM; not on the JavaFX thread, where it would hold up the set-up. */
    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path tmp) throws Exception {
        UiFixtures.sample(tmp).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("documents-view");
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new DocumentsViewModel(context, dialogs);
        view = new DocumentsView(vm, Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 340, 720));
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        context.detach();
        session.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private TreeTableView<DocumentsTreeEntry> tree(FxRobot robot) {
        return robot.lookup("#documents-tree").queryAs(TreeTableView.class);
    }

    private static List<DocumentRow> documentsIn(TreeItem<DocumentsTreeEntry> item) {
        List<DocumentRow> out = new ArrayList<>();
        for (TreeItem<DocumentsTreeEntry> child : item.getChildren()) {
            if (child.getValue().isGroup()) {
                out.addAll(documentsIn(child));
            } else {
                out.add(child.getValue().document());
            }
        }
        return out;
    }

    private long idOf(String nameStart) {
        return vm.allDocuments().stream().filter(r -> r.name().startsWith(nameStart)).findFirst().orElseThrow().id();
    }

    @Test
    void showsDocumentsGroupedByUnitWithTheirCodedShare(FxRobot robot) {
        TreeTableView<DocumentsTreeEntry> tree = tree(robot);
        assertThat(tree.getRoot().getChildren()).hasSize(9).allMatch(i -> i.getValue().isGroup());
        assertThat(documentsIn(tree.getRoot())).hasSize(16);
        assertThat(tree.getRoot().getChildren().getFirst().getValue().unit()).isEqualTo("Borgerservice");
        // the unit is left out of the names under it, and the coded share shows as a percentage
        assertThat(robot.lookup(LabeledMatchers.hasText("Interview 05 \u2013 nurse")).tryQuery()).isPresent();
        DocumentRow nurse = vm.allDocuments().stream().filter(r -> r.name().startsWith("Interview 05")).findFirst().orElseThrow();
        String percent = Math.round(nurse.codedShare() * 100) + "%";
        assertThat(robot.lookup(".tree-table-cell").queryAll().stream()
                        .filter(n -> n instanceof CodedShareCell c && percent.equals(c.getText()))).isNotEmpty();
        assertThat(robot.lookup(".pane-count").queryAs(Label.class).getText()).isEqualTo("16");

        // a narrow pane shows name and coded share; language, speakers and length appear when it is wide enough
        assertThat(tree.getColumns()).extracting(c -> c.isVisible()).containsExactly(true, false, false, false, true);
        robot.interact(() -> stage.setWidth(520));
        assertThat(tree.getColumns()).extracting(c -> c.isVisible()).containsExactly(true, true, true, true, true);
        assertThat(robot.lookup(".tree-table-cell").queryAll().stream()
                        .filter(n -> n instanceof javafx.scene.control.Labeled l && "5.6k".equals(l.getText()))).isNotEmpty();
    }

    @Test
    void typingInTheFilterNarrowsTheList(FxRobot robot) {
        robot.clickOn("#documents-filter").write("egebo");
        TreeTableView<DocumentsTreeEntry> tree = tree(robot);
        assertThat(documentsIn(tree.getRoot())).extracting(DocumentRow::name).hasSize(3).allMatch(n -> n.contains("Plejecenter Egebo"));
        assertThat(tree.getRoot().getChildren()).singleElement().extracting(i -> i.getValue().unit()).isEqualTo("Plejecenter Egebo");
        assertThat(robot.lookup(".pane-count").queryAs(Label.class).getText()).isEqualTo("3 of 16");

        robot.write(" nurse");
        assertThat(documentsIn(tree.getRoot())).extracting(DocumentRow::name).containsExactly("Interview 05 \u2013 Plejecenter Egebo \u2013 nurse");

        robot.write("x");
        assertThat(documentsIn(tree.getRoot())).isEmpty();
        assertThat(robot.lookup(".documents-no-matches").query().isVisible()).isTrue();

        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup("#documents-filter").queryAs(TextField.class).getText()).isEmpty();
        assertThat(documentsIn(tree.getRoot())).hasSize(16);
        assertThat(robot.lookup(".documents-no-matches").query().isVisible()).isFalse();
    }

    @Test
    void selectingARowOpensTheDocumentAndShowsItsAttributes(FxRobot robot) {
        assertThat(robot.lookup("#documents-details").query().isVisible()).isFalse();
        robot.clickOn(LabeledMatchers.hasText("Interview 05 \u2013 nurse"));
        assertThat(context.openDocumentProperty().get()).isEqualTo(idOf("Interview 05"));

        Node details = robot.lookup("#documents-details").query();
        assertThat(details.isVisible()).isTrue();
        List<String> texts = robot.from(details).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertThat(texts).contains("Interview 05 \u2013 Plejecenter Egebo \u2013 nurse", "Role", "employee", "Interview date", "2026-03-03",
                                   "Unit", "Plejecenter Egebo", "Search language", "English")
                         .doesNotContain("unit", "interview_date", "en");
        assertThat(texts).anyMatch(t -> t.startsWith("2 speakers \u00b7 5,605 characters \u00b7 12 codings \u00b7 "));

        // the keyboard moves the selection, and with it the open document
        robot.type(KeyCode.UP);
        assertThat(context.openDocumentProperty().get()).isEqualTo(idOf("Interview 04"));
    }

    @Test
    void aDocumentOpenedElsewhereIsSelected(FxRobot robot) {
        long teacher = idOf("Interview 13");
        robot.interact(() -> context.navigateTo(new TextLocation(teacher, 10, 20)));
        TreeItem<DocumentsTreeEntry> selected = tree(robot).getSelectionModel().getSelectedItem();
        assertThat(selected.getValue().document().id()).isEqualTo(teacher);
        assertThat(vm.selectedProperty().get().id()).isEqualTo(teacher);
    }

    @Test
    void ctrlIImportsTheChosenFilesAndCtrlShiftDFocusesTheFilter(FxRobot robot) throws Exception {
        Path file = Files.writeString(dir.resolve("Interview 17.txt"),
                                      "Interviewer: Hvad sker der?\nLeder: Vi taler om det.\nInterviewer: Og så?\nLeder: Vi lærer.\n");
        dialogs.fileAnswers.push(List.of(file));
        robot.clickOn(LabeledMatchers.hasText("Borgerservice"));
        robot.press(KeyCode.CONTROL, KeyCode.I).release(KeyCode.I, KeyCode.CONTROL);

        java.util.Optional<Long> added = session.documents().idByName("Interview 17");
        assertThat(added).as("errors: %s, answers left: %s", dialogs.errors, dialogs.fileAnswers).isPresent();
        List<DocumentRow> shown = documentsIn(tree(robot).getRoot());
        assertThat(shown).hasSize(17);
        assertThat(tree(robot).getRoot().getChildren().getLast().getValue().unit()).as("documents without a unit come last").isNull();
        assertThat(robot.lookup(LabeledMatchers.hasText("No unit")).tryQuery()).as("scrolled to the new document").isPresent();
        assertThat(tree(robot).getSelectionModel().getSelectedItem().getValue().document().id()).isEqualTo(added.orElseThrow());
        assertThat(robot.lookup("#documents-import-summary").queryAs(Label.class).getText()).isEqualTo("Imported 1 document.");
        assertThat(dialogs.errors).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(robot.lookup("#documents-filter").query().isFocused()).isTrue();
    }

    @Test
    void theInlineProgressBarShowsWhileImportingAndItsCancelButtonStops(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("batch"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(folder.resolve("Batch " + i + ".txt"), "I: Spørgsmål\nR: Svar\nI: Mere\nR: Ja\n");
        }
        List<Boolean> barVisible = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        Button cancel = robot.lookup("#documents-cancel-import").queryButton();
        vm.importProgressProperty().addListener((o, a, b) -> {
            if (!vm.importingProperty().get()) {
                return;
            }
            barVisible.add(robot.lookup(".import-bar").query().isVisible());
            messages.add(robot.lookup(".import-message").queryAs(Label.class).getText());
            if (b.doubleValue() > 0) {
                cancel.fire();
            }
        });
        dialogs.folderAnswers.push(folder);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn("#import-preview-import"); // the folder's files are shown first, all three checked

        assertThat(barVisible).isNotEmpty().containsOnly(true);
        assertThat(messages).contains("Importing Batch 1.txt (1 of 3)");
        assertThat(robot.lookup(".import-bar").query().isVisible()).isFalse();
        assertThat(vm.allDocuments()).extracting(DocumentRow::name).filteredOn(n -> n.startsWith("Batch")).containsExactly("Batch 1");
        assertThat(robot.lookup("#documents-import-summary").queryAs(Label.class).getText())
            .isEqualTo("Import cancelled: 1 document was imported before it stopped.");
    }
}
