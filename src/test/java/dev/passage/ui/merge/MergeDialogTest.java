package dev.passage.ui.merge;

import dev.passage.importer.ImportListener;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** File › Merge project…: choosing a coder's folder shows the preview (nothing written); Merge writes it as one undoable step. */
@ExtendWith(ApplicationExtension.class)
class MergeDialogTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs;
    MergeDialog dialog;
    Stage stage;
    Path ben;
    String sameName;
    String firstName;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        List<DocumentSummary> docs = session.documents().summaries();
        DocumentSummary first = docs.getFirst();
        sameName = docs.get(1).name();
        firstName = first.name();
        String text = session.documents().text(first.id()).orElseThrow();
        // ben's copy: the first interview (same text, another file name), and one named like the second but with another text
        Path in = Files.createDirectories(dir.resolve("ben-in"));
        Files.writeString(in.resolve("bens-copy.txt"), text);
        Files.writeString(in.resolve(sameName + ".txt"), "Ben: an interview of his own that happens to share the name.");
        ben = dir.resolve("ben.passage");
        try (ProjectSession b = ProjectSession.create(ben, "Ben", Language.DA, "ben")) {
            b.imports().importPaths(List.of(in.resolve("bens-copy.txt"), in.resolve(sameName + ".txt")), ImportListener.NONE);
            long copy = b.documents().idByName("bens-copy").orElseThrow();
            b.coding().applyNewCode(copy, 0, 20, null, "Bens kode");
            b.coding().applyNewCode(copy, 30, 60, null, "Bens kode");
        }
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new UiFixtures.ScriptedDialogs();
        stage.setScene(new Scene(new StackPane(new Label("workbench")), 1200, 800));
        stage.show();
        dialog = new MergeDialog(new MergeViewModel(context, dialogs), stage);
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        context.detach();
        session.close();
    }

    private int codings() {
        return SessionStores.of(session).database().read(a -> a.codings().count());
    }

    @Test
    void thePreviewShowsWhatWillBeAddedMatchedAndInConflictAndMergeWritesItAsOneUndoableStep(FxRobot robot) {
        int before = codings();
        assertThat(robot.lookup(".merge-button").queryAs(Node.class).isDisabled()).isTrue();
        dialogs.folderAnswers.add(ben);
        robot.clickOn(".choose-folder");

        assertThat(robot.lookup(".merge-added").queryAs(Label.class).getText())
                .isEqualTo("Will be added: documents 1 · codes 1 · codings 2 · memos 0 · case data 0 · set entries 0");
        assertThat(robot.lookup(".merge-matched").queryAs(Label.class).getText()).startsWith("Already here (matched): documents 1 · codes 0");
        assertThat(robot.lookup(".merge-conflicts").queryAs(Label.class).getText()).startsWith("In conflict: 1");
        @SuppressWarnings("unchecked")
        ListView<MergeViewModel.Line> list = robot.lookup(".merge-details").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(MergeViewModel.Line::text)
                                   .contains("code Bens kode", "document " + sameName + " (ben.passage)", "document bens-copy (same text as " + firstName + ")")
                                   .anyMatch(t -> t.startsWith("document \"" + sameName + "\": has another text here; the copy's is added as"));
        assertThat(list.getItems().getFirst().kind()).isEqualTo(MergeViewModel.Kind.CONFLICT);
        assertThat(codings()).as("the preview writes nothing").isEqualTo(before);
        assertThat(robot.lookup(".merge-button").queryAs(Node.class).isDisabled()).isFalse();
        robot.interact(() -> dev.passage.ui.PngSnapshots.write(dialog.getDialogPane(),
                                                               dev.passage.ui.PngSnapshots.folder().resolve("merge-preview.png")));

        robot.clickOn(".merge-button");
        assertThat(dialog.isShowing()).isFalse();
        assertThat(dialogs.infos).singleElement().asString().contains("Merged ben.passage into", "Edit › Undo takes the whole merge back");
        assertThat(codings()).isEqualTo(before + 2);
        List<Coding> bens = SessionStores.of(session).database().read(a -> a.codings().all()).stream()
                                         .filter(c -> c.coder().equals("ben")).toList();
        assertThat(bens).hasSize(2);
        assertThat(session.history().undoLabel().map(l -> l.english())).contains("merge ben.passage");
        session.history().undo();
        assertThat(codings()).isEqualTo(before);
    }

    @Test
    void aCopyWithNothingNewCannotBeMergedAndSaysSo(FxRobot robot) throws Exception {
        Path empty = dir.resolve("empty.passage");
        ProjectSession.create(empty, "Empty", Language.DA, "ben").close();
        dialogs.folderAnswers.add(empty);
        robot.clickOn(".choose-folder");
        assertThat(robot.lookup(".merge-status").queryAs(Label.class).getText()).isEqualTo("empty.passage holds nothing that is not here already.");
        assertThat(robot.lookup(".merge-button").queryAs(Node.class).isDisabled()).isTrue();
    }

    @Test
    void aFolderThatIsNoProjectIsSaidInTheDialog(FxRobot robot) throws Exception {
        dialogs.folderAnswers.add(Files.createDirectories(dir.resolve("just-a-folder")));
        robot.clickOn(".choose-folder");
        assertThat(robot.lookup(".merge-status").queryAs(Label.class).getText())
                .startsWith("The copy cannot be merged:").contains("is neither a Passage project folder");
        assertThat(robot.lookup(".merge-button").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(dialog.isShowing()).isTrue();
    }
}
