package dev.passage.ui.documents;

import atlantafx.base.theme.PrimerLight;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Import folder shows the files first, with checkboxes; README-like files start unchecked; same-named files stay apart. */
@ExtendWith(ApplicationExtension.class)
class ImportPreviewViewTest {
    private static final String TALK = "Interviewer: What happened?\n\nManager: We learnt from it.\n";
    private Path dir;
    private ProjectSession session;
    private ProjectContext context;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private DocumentsViewModel vm;
    private DocumentsView view;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("import-preview");
        session = ProjectSession.create(dir.resolve("study.passage"), "Study", Language.EN, "anna");
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new DocumentsViewModel(context, dialogs);
        view = new DocumentsView(vm, Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 300, 600));
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

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve("in").resolve(name);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text);
    }

    @SuppressWarnings("unchecked")
    private TableView<ImportPreviewViewModel.Row> table(FxRobot robot) {
        return robot.lookup("#import-preview-table").queryAs(TableView.class);
    }

    private static ImportPreviewViewModel.Row row(TableView<ImportPreviewViewModel.Row> t, String path) {
        return t.getItems().stream().filter(r -> r.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void aFolderIsPreviewedAndOnlyTheCheckedFilesAreImported(FxRobot robot) throws Exception {
        write("a.txt", TALK);
        write("b.txt", TALK);
        write("README.md", "# About the study");
        write("LICENSE.txt", "CC-BY");
        write(".draft.txt", TALK);
        write("photo.jpg", "jpeg");
        dialogs.folderAnswers.push(dir.resolve("in"));
        robot.interact(view::importFolder);

        assertThat(vm.allDocuments()).as("nothing is imported before Import").isEmpty();
        TableView<ImportPreviewViewModel.Row> table = table(robot);
        assertThat(table.getItems()).extracting(ImportPreviewViewModel.Row::path)
            .containsExactlyInAnyOrder("a.txt", "b.txt", "README.md", "LICENSE.txt", ".draft.txt", "photo.jpg");
        assertThat(row(table, "a.txt").checkedProperty().get()).isTrue();
        assertThat(row(table, "README.md").checkedProperty().get()).isFalse();
        assertThat(row(table, "README.md").reason()).contains("likely not a transcript");
        assertThat(row(table, "LICENSE.txt").checkedProperty().get()).isFalse();
        assertThat(row(table, ".draft.txt").checkedProperty().get()).isFalse();
        assertThat(row(table, "photo.jpg").canCheck()).isFalse();
        assertThat(row(table, "photo.jpg").reason()).contains("not a file type Passage reads");
        assertThat(robot.lookup("#import-preview-count").queryAs(Label.class).getText()).isEqualTo("2 of 6 files checked");
        robot.interact(() -> dev.passage.ui.PngSnapshots.write(table.getScene().getRoot(),
                                                               dev.passage.ui.PngSnapshots.folder().resolve("import-preview.png")));
        assertThat(robot.lookup(".table-cell").queryAll().stream().filter(n -> n instanceof javafx.scene.control.Labeled l
                                                                               && "md".equals(l.getText()))).isNotEmpty();

        // the unreadable file's checkbox is disabled; select all takes every readable file, select none clears
        robot.clickOn("#import-preview-all");
        assertThat(robot.lookup("#import-preview-count").queryAs(Label.class).getText()).isEqualTo("5 of 6 files checked");
        assertThat(row(table, "photo.jpg").checkedProperty().get()).isFalse();
        robot.clickOn("#import-preview-none");
        assertThat(robot.lookup("#import-preview-import").queryAs(Button.class).isDisabled()).isTrue();

        // check b.txt by its checkbox, then Import: only b is imported
        int bIndex = table.getItems().indexOf(row(table, "b.txt"));
        CheckBox bBox = robot.lookup(".import-preview-check").queryAllAs(CheckBox.class).stream()
                             .filter(c -> c.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell && cell.getIndex() == bIndex)
                             .findFirst().orElseThrow();
        robot.clickOn(bBox);
        assertThat(row(table, "b.txt").checkedProperty().get()).isTrue();
        robot.clickOn("#import-preview-import");
        assertThat(vm.allDocuments()).extracting(DocumentRow::name).containsExactly("b");
        assertThat(Window.getWindows().stream().anyMatch(w -> w.getScene() != null
                                                           && w.getScene().lookup("#import-preview-table") != null)).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void sameNamedFilesBecomeDistinctRowsThatKeepTheirEnds(FxRobot robot) throws Exception {
        for (String site : List.of("site-a", "site-b", "site-c")) {
            write(site + "/interview.txt", TALK + site);
        }
        dialogs.folderAnswers.push(dir.resolve("in"));
        robot.interact(view::importFolder);
        robot.clickOn("#import-preview-import");
        assertThat(vm.allDocuments()).extracting(DocumentRow::name)
            .containsExactlyInAnyOrder("site-a/interview", "site-b/interview", "site-c/interview");
        assertThat(dialogs.errors).isEmpty();
        List<javafx.scene.control.Labeled> cells = robot.lookup(".document-cell").queryAll().stream()
                                                        .map(n -> (javafx.scene.control.Labeled) n).filter(c -> c.getText() != null).toList();
        assertThat(cells).extracting(javafx.scene.control.Labeled::getText).doesNotHaveDuplicates().hasSize(3);
        assertThat(cells).allSatisfy(c -> assertThat(c.getTextOverrun()).isEqualTo(OverrunStyle.CENTER_ELLIPSIS));
    }
}
