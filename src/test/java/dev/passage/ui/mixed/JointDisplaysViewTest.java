package dev.passage.ui.mixed;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.segments.SegmentRow;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class JointDisplaysViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    JointDisplaysViewModel vm;
    JointDisplaysView view;
    JointDisplaysStage displays;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        displays = JointDisplaysStage.show(stage, dir, 1280, 760);
        session = displays.session();
        context = displays.context();
        vm = displays.vm();
        view = displays.view();
    }

    @AfterEach
    void close() {
        displays.close();
    }

    private TabPane tabs() {
        return view.tabs();
    }

    @Test
    void clickingAMatrixCellListsItsSegmentsAndDoubleClickNavigates(FxRobot robot) {
        TableView<MatrixLine> table = view.matrix().table();
        int row = 0;
        int unit = vm.matrix().columns().stream().map(MatrixColumn::name).toList().indexOf("Hjemmepleje Nord");
        MatrixLine line = table.getItems().get(row);
        // the column after "Code" for each unit, then "All units"
        assertThat(table.getColumns()).hasSize(vm.matrix().columns().size() + 2);
        Node cell = robot.lookup(".mixed-value-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
            && c.getIndex() == row && c.getTableColumn() == table.getColumns().get(unit + 1)).query();
        assertThat(((javafx.scene.control.TableCell<?, ?>) cell).getText()).isEqualTo(Integer.toString(line.cells().get(unit).segments()));

        robot.clickOn(cell);

        assertThat(vm.matrix().cellSegments()).hasSize(line.cells().get(unit).segments()).isNotEmpty();
        assertThat(robot.lookup(".mixed-matrix .mixed-segments-title").queryAs(Label.class).getText())
            .startsWith(line.code().name() + " in Hjemmepleje Nord");
        SegmentRow first = vm.matrix().cellSegments().getFirst();
        robot.doubleClickOn(robot.lookup(".mixed-matrix .mixed-segment-cell").nth(0).queryAs(Node.class));
        assertThat(context.revealProperty().get()).isEqualTo(first.location());
        assertThat(context.openDocumentProperty().get()).isEqualTo(first.documentId());
    }

    @Test
    void theMeasureSelectorChangesWhatTheCellsShow(FxRobot robot) {
        robot.interact(() -> vm.matrix().measureProperty().set(Measure.CARRIER_SHARE));
        MatrixLine line = view.matrix().table().getItems().getFirst();
        javafx.scene.control.TableCell<?, ?> cell = robot.lookup(".mixed-value-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
            && c.getIndex() == 0 && c.getTableColumn() == view.matrix().table().getColumns().get(1)).query();
        assertThat(cell.getText()).isEqualTo(String.format(java.util.Locale.ENGLISH, "%.1f%%", line.cells().getFirst().shareCarriers() * 100));
        assertThat(robot.lookup(".mixed-no-text").queryAll()).isNotEmpty()
            .allMatch(n -> ((javafx.scene.control.TableCell<?, ?>) n).getText().equals("no text"));
    }

    @Test
    void scoreTabPlotsNamedPointsShowsStatisticsAndNavigatesFromPointsAndQuotes(FxRobot robot) {
        robot.clickOn(robot.lookup(".tab").nth(1).queryAs(Node.class));
        assertThat(vm.displayProperty().get()).isEqualTo(JointDisplaysViewModel.Display.SCORE);
        robot.interact(() -> vm.score().codeProperty().set(vm.codes().stream()
            .filter(c -> c.path().equals("Psychological safety/Speaking up")).findFirst().orElseThrow()));

        List<XYChart.Data<Number, Number>> data = view.score().chart().getData().getFirst().getData();
        assertThat(data).hasSize(vm.score().points().size()).hasSize(8);
        assertThat(robot.lookup(".mixed-point-label").queryAllAs(Label.class)).extracting(Label::getText)
            .containsExactlyInAnyOrderElementsOf(vm.score().points().stream().map(ScorePoint::unitName).toList());
        Stat rho = vm.score().spearmanProperty().get();
        assertThat(robot.lookup(".mixed-stat-value").queryAllAs(Label.class)).extracting(Label::getText)
            .contains(String.format(java.util.Locale.ENGLISH, "Spearman ρ = %.2f", rho.coefficient()));
        assertThat(robot.lookup(".mixed-excluded").queryAllAs(Label.class)).extracting(Label::getText)
            .containsExactlyInAnyOrder("Borgerservice: no score", "Kultur: no text");

        ScorePoint point = vm.score().points().stream().filter(p -> p.counts().segments() > 0).findFirst().orElseThrow();
        Node pointNode = robot.lookup(".mixed-point").match(n -> n.getUserData() == point).query();
        robot.clickOn(pointNode);
        assertThat(vm.score().unitSegments()).hasSize(point.counts().segments());
        @SuppressWarnings("unchecked")
        ListView<SegmentRow> list = robot.lookup(".mixed-score .mixed-segment-list").queryAs(ListView.class);
        robot.clickOn(robot.from(list).lookup(".mixed-segment-cell").nth(0).queryAs(Node.class)).type(KeyCode.ENTER);
        assertThat(context.revealProperty().get()).isEqualTo(vm.score().unitSegments().getFirst().location());

        SegmentRow quote = vm.score().highest().getFirst().quotes().getFirst();
        robot.clickOn(robot.lookup(".mixed-quote").nth(0).queryAs(Node.class));
        assertThat(context.revealProperty().get()).isEqualTo(quote.location());
    }

    @Test
    void theScoreTabsCodeBoxFindsACodeByTypingPartOfItsPath(FxRobot robot) {
        robot.interact(() -> view.show(JointDisplaysViewModel.Display.SCORE));
        Node box = robot.lookup(".mixed-score .mixed-code-combo").match(n -> n instanceof SearchableComboBox<?>).query();

        robot.clickOn(box);
        TextField search = robot.lookup(".combo-box-search").queryAs(TextField.class);
        assertThat(search.isFocused()).as("the search field takes the typing").isTrue();
        assertThat(search.getPromptText()).isEqualTo("Find a code…");
        robot.write("safety speak");
        ComboBox<?> filtered = robot.from(box).lookup("#filtered").queryAs(ComboBox.class);
        assertThat(filtered.getItems()).isNotEmpty().hasSizeLessThan(vm.codes().size())
            .allSatisfy(c -> assertThat(((CodeChoice) c).path().toLowerCase(java.util.Locale.ROOT)).contains("safety", "speak"));
        String firstFound = ((CodeChoice) filtered.getItems().getFirst()).path();
        robot.type(KeyCode.ENTER);

        assertThat(vm.score().codeProperty().get().path()).as("Enter takes the first code found").isEqualTo(firstFound)
            .isEqualTo("Psychological safety/Speaking up");
        assertThat(vm.score().points()).isNotEmpty();
    }

    @Test
    void escapeInTheCodeBoxKeepsTheCodeItHad(FxRobot robot) {
        robot.interact(() -> view.show(JointDisplaysViewModel.Display.SCORE));
        CodeChoice before = vm.score().codeProperty().get();
        Node box = robot.lookup(".mixed-score .mixed-code-combo").match(n -> n instanceof SearchableComboBox<?>).query();

        robot.clickOn(box).write("a").type(KeyCode.DOWN, KeyCode.DOWN).type(KeyCode.ESCAPE);

        assertThat(vm.score().codeProperty().get()).isEqualTo(before);
        assertThat(((ComboBox<?>) box).isShowing()).isFalse();
    }

    @Test
    void theScoreTabKeepsItsCodeWhenACodeIsAddedAndClearsWithAReasonWhenItIsDeleted(FxRobot robot) {
        robot.interact(() -> view.show(JointDisplaysViewModel.Display.SCORE));
        long fear = session.codebook().resolve("Barriers/Fear of blame").id();
        robot.interact(() -> vm.score().codeProperty().set(vm.codes().stream().filter(c -> c.id() == fear).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        ComboBox<CodeChoice> box = robot.lookup(".mixed-score .mixed-code-combo").match(n -> n instanceof SearchableComboBox<?>).queryAs(ComboBox.class);
        assertThat(box.getValue().id()).isEqualTo(fear);

        robot.interact(() -> session.codebook().add(session.codebook().resolve("Barriers").id(), "Aardvark", null, null));
        robot.interact(() -> { });

        assertThat(vm.score().codeProperty().get().id()).as("the display's code").isEqualTo(fear);
        assertThat(box.getValue().id()).as("the box").isEqualTo(fear);
        ComboBox<?> filtered = (ComboBox<?>) box.lookup("#filtered");
        assertThat(((CodeChoice) filtered.getValue()).id()).as("the box's inner box").isEqualTo(fear);
        assertThat(filtered.lookupAll(".list-cell")).extracting(n -> ((javafx.scene.control.ListCell<?>) n).getText())
            .contains("Barriers/Fear of blame").doesNotContain("Barriers/Silo work");
        assertThat(view.score().chart().getTitle()).as("the y title, shown as the chart's title").isEqualTo("% carrying Fear of blame");
        double rho = session.mixed().joint(fear, session.mixed().variable("psych_safety"), dev.passage.mixed.PrevalenceMeasure.CARRIERS,
                                           dev.passage.mixed.CodeAggregation.AGGREGATED, dev.passage.mixed.BootstrapSettings.DEFAULT)
                            .spearman().coefficient();
        assertThat(vm.score().spearmanProperty().get().coefficient()).isEqualTo(rho);

        robot.interact(() -> session.codebook().delete(fear));
        robot.interact(() -> { });

        assertThat(vm.score().codeProperty().get()).as("no other code slips in").isNull();
        assertThat(box.getValue()).isNull();
        assertThat(vm.score().points()).isEmpty();
        assertThat(vm.score().spearmanProperty().get()).isNull();
        assertThat(vm.score().statusProperty().get()).isEqualTo("The code Barriers/Fear of blame was deleted or merged: choose a code.");
        assertThat(robot.lookup(".mixed-score .mixed-status").queryAs(Label.class).getText()).isEqualTo(vm.score().statusProperty().get());
        assertThat(vm.score().stateProperty().get()).isEqualTo(Recompute.State.NEEDS_CHOICE);
    }

    @Test
    void crosstabAndQuantitizeTabsShowTheirTables(FxRobot robot) {
        robot.interact(() -> view.show(JointDisplaysViewModel.Display.CROSSTAB));
        assertThat(tabs().getSelectionModel().getSelectedIndex()).isEqualTo(2);
        robot.interact(() -> vm.crosstab().variableProperty().set(session.mixed().variable("sector")));
        assertThat(view.crosstab().table().getItems()).hasSize(vm.crosstab().lines().size()).isNotEmpty();
        assertThat(robot.lookup(".mixed-missing-group .mixed-column-name").queryAs(Label.class).getText()).isEqualTo("missing");
        assertThat(view.crosstab().chart().getData()).hasSize(1);

        robot.interact(() -> view.crosstab().table().getSelectionModel().selectIndices(0, 1, 2));
        assertThat(view.crosstab().chart().getData()).hasSize(3);

        robot.clickOn(robot.lookup(".tab").nth(3).queryAs(Node.class));
        assertThat(view.quantitize().table().getItems()).hasSize(10 * vm.codes().size());
        robot.clickOn(".mixed-choose-none");
        assertThat(view.quantitize().table().getItems()).isEmpty();
        assertThat(robot.lookup(".mixed-write").queryButton().isDisabled()).isTrue();
    }
}
