package dev.passage.ui.cases;

import atlantafx.base.theme.PrimerLight;
import dev.passage.cases.CaseOverview.DocumentValues;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;

/** Code › Classify documents: a grid of document variables whose edits are undoable and whose bad values are refused. */
@ExtendWith(ApplicationExtension.class)
class ClassificationGridViewTest {
    private Path dir;
    private ProjectSession session;
    private ProjectContext context;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private ClassificationGridViewModel vm;

    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path tmp) throws Exception {
        UiFixtures.sample(tmp).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        dir = Files.createTempDirectory("classification-grid");
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new ClassificationGridViewModel(context, dialogs);
        stage.setScene(new Scene((Parent) new ClassificationGridView(vm, Messages.english()).root(), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        vm.dispose();
        context.detach();
        session.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @SuppressWarnings("unchecked")
    private TableView<DocumentValues> grid(FxRobot robot) {
        return robot.lookup("#classification-grid").queryAs(TableView.class);
    }

    private TableCell<?, ?> cell(FxRobot robot, String variable, int row) {
        return robot.lookup(".table-cell").queryAll().stream().map(n -> (TableCell<?, ?>) n)
                    .filter(c -> c.getTableColumn() != null && ("grid-column-" + variable).equals(c.getTableColumn().getId()))
                    .filter(c -> c.getIndex() == row).findFirst().orElseThrow();
    }

    private void type(FxRobot robot, String variable, int row, String text) {
        robot.doubleClickOn(cell(robot, variable, row));
        robot.write(text).type(KeyCode.ENTER);
    }

    @Test
    void aRowPerDocumentAColumnPerVariableAndEditsAreUndoable(FxRobot robot) {
        TableView<DocumentValues> grid = grid(robot);
        assertThat(grid.getItems()).hasSize(16);
        assertThat(grid.getColumns()).extracting(TableColumn::getText)
            .contains("Document", "Unit", "role (category)", "interview_date (date)");
        DocumentValues first = grid.getItems().getFirst();
        String role = first.values().get("role");
        assertThat(cell(robot, "role", 0).getText()).isEqualTo(role);

        type(robot, "role", 0, "manager");
        robot.interact(() -> dev.passage.ui.PngSnapshots.write(grid.getScene().getRoot(),
                                                               dev.passage.ui.PngSnapshots.folder().resolve("classification-grid.png")));
        assertThat(session.caseOverview().documentValue(first.documentId(), "role")).isEqualTo("manager");
        assertThat(grid.getItems().getFirst().values().get("role")).isEqualTo("manager");
        assertThat(session.history().undoLabel()).isPresent();
        assertThat(dialogs.errors).isEmpty();

        robot.interact(() -> session.history().undo());
        assertThat(session.caseOverview().documentValue(first.documentId(), "role")).isEqualTo(role);
        robot.interact(() -> { }); // the reload after the undo
        assertThat(cell(robot, "role", 0).getText()).isEqualTo(role);
    }

    @Test
    void aValueThatDoesNotFitTheVariableIsRefusedWithTheReason(FxRobot robot) {
        DocumentValues first = grid(robot).getItems().getFirst();
        String date = first.values().get("interview_date");
        type(robot, "interview_date", 0, "last tuesday");
        assertThat(dialogs.errors).singleElement().asString().contains("last tuesday").contains("is not a date");
        assertThat(session.caseOverview().documentValue(first.documentId(), "interview_date")).isEqualTo(date);
        assertThat(cell(robot, "interview_date", 0).getText()).isEqualTo(date);
    }

    @Test
    void aNewVariableIsANewColumnTypedByItsFirstValue(FxRobot robot) {
        dialogs.textAnswers.push("transcribed_by");
        robot.clickOn("#classification-grid-new");
        assertThat(grid(robot).getColumns()).extracting(TableColumn::getText).contains("transcribed_by (new)");
        type(robot, "transcribed_by", 1, "Mette");
        long id = grid(robot).getItems().get(1).documentId();
        assertThat(session.caseOverview().documentValue(id, "transcribed_by")).isEqualTo("Mette");
        assertThat(grid(robot).getColumns()).extracting(TableColumn::getText).contains("transcribed_by (category)");
    }
}
