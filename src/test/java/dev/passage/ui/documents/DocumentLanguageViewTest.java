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
import dev.passage.model.Language;
import org.testfx.util.WaitForAsyncUtils;

/** The row's context menu › Language › English: the Lang column and the details follow, and Undo takes it back. */
@ExtendWith(ApplicationExtension.class)
class DocumentLanguageViewTest {
    private Path dir;
    private ProjectSession session;
    private ProjectContext context;
    private DocumentsViewModel vm;
    private Stage stage;

    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path tmp) throws Exception {
        UiFixtures.sample(tmp).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("documents-language-view");
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new DocumentsViewModel(context, new ScriptedDialogs());
        DocumentsView view = new DocumentsView(vm, Messages.english());
        stage.setScene(new Scene((Parent) view.root(), 520, 720));
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

    private DocumentRow row(String nameStart) {
        return vm.allDocuments().stream().filter(r -> r.name().startsWith(nameStart)).findFirst().orElseThrow();
    }

    @Test
    void theContextMenuSetsTheLanguageAndUndoTakesItBack(FxRobot robot) {
        robot.clickOn(LabeledMatchers.hasText("Interview 09 \u2013 head of youth team"));
        assertThat(row("Interview 09").language()).isEqualTo(Language.DA);
        assertThat(selectedRowShows(robot, "DA")).isTrue();

        // the row's context menu (as a right-click opens it), Language › English
        TreeTableView<?> tree = robot.lookup("#documents-tree").queryAs(TreeTableView.class);
        robot.interact(() -> {
            var menu = tree.getContextMenu();
            menu.getOnShowing().handle(null);
            var language = (javafx.scene.control.Menu) menu.getItems().stream().filter(i -> "documents-language".equals(i.getId()))
                                                          .findFirst().orElseThrow();
            assertThat(language.isDisable()).isFalse();
            var danish = (javafx.scene.control.RadioMenuItem) language.getItems().get(0);
            assertThat(danish.isSelected()).as("the row's language is ticked").isTrue();
            language.getItems().stream().filter(i -> "documents-language-en".equals(i.getId())).findFirst().orElseThrow().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(row("Interview 09").language()).isEqualTo(Language.EN);
        assertThat(selectedRowShows(robot, "EN")).isTrue();
        Node details = robot.lookup("#documents-details").query();
        assertThat(robot.from(details).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)).contains("English");

        robot.interact(() -> session.history().undo());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row("Interview 09").language()).isEqualTo(Language.DA);
        assertThat(selectedRowShows(robot, "DA")).isTrue();
    }

    /** Whether the selected row's Lang cell reads {@code code}. */
    private static boolean selectedRowShows(FxRobot robot, String code) {
        return robot.lookup(".tree-table-row-cell:selected").queryAll().stream()
                    .anyMatch(r -> robot.from(r).lookup(LabeledMatchers.hasText(code)).tryQuery().isPresent());
    }
}
