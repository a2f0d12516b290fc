package dev.passage.ui.mixed;

import dev.passage.mixed.StudyFixture;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ActiveFilter;
import dev.passage.ui.common.DeferredTasks;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The joint displays' matrix by document and their Where chips, on the hand-counted {@link StudyFixture} with unit.size
 * North 10, South 30: {@code unit.size > 20} keeps only South's interview (Safety once there, Learning twice).
 */
class JointDisplaysWhereTest {
    @TempDir
    Path dir;
    StudyFixture f;
    ProjectContext context;
    JointDisplaysViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new StudyFixture(dir);
        f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
        context = UiFixtures.context(f.session, new SynchronousTasks());
        vm = new JointDisplaysViewModel(context, new UiFixtures.ScriptedDialogs());
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        f.close();
    }

    private MatrixLine line(String code) {
        return vm.matrix().lines().stream().filter(l -> !l.isTotal() && l.code().path().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void theMatrixTakesDocumentsAsColumnsAndACellListsThatDocumentsSegments() {
        assertThat(vm.matrix().columns()).extracting(MatrixColumn::name).containsExactly("East", "North", "South", "West");
        vm.matrix().byDocumentProperty().set(true);
        assertThat(vm.matrix().columns()).hasSize(7);
        assertThat(vm.matrix().columns().get(0).name()).isEqualTo("Interview North 1");
        // Safety with Speaking up in Interview North 1: A[0,20) A[10,30) A1[50,60)
        assertThat(line("Safety").cells().get(0).segments()).isEqualTo(3);
        vm.matrix().select(line("Safety"), 0);
        assertThat(vm.matrix().cellSegments()).hasSize(3).allSatisfy(s -> assertThat(s.documentId()).isEqualTo(f.doc[1]));
        assertThat(vm.matrix().cellTitleProperty().get()).isEqualTo("Safety in Interview North 1: 3 segments");
        // the totals column by document is every document, the one in no unit too (8 segments)
        vm.matrix().select(line("Safety"), MatrixViewModel.TOTAL_COLUMN);
        assertThat(vm.matrix().cellSegments()).hasSize(8);
    }

    @Test
    void aWhereConditionIsAChipTheDisplaysCountUnderAndTheirSegmentsToo() {
        assertThat(line("Safety").total().segments()).isEqualTo(7);
        vm.where().inputProperty().set("unit.size > 20");
        assertThat(vm.where().add()).isTrue();
        assertThat(vm.where().chips()).extracting(ActiveFilter::label).containsExactly("Where unit.size > 20");
        assertThat(line("Safety").total().segments()).isEqualTo(1);
        assertThat(vm.matrix().definitionProperty().get()).contains("meeting unit.size > 20");
        vm.matrix().select(line("Safety"), MatrixViewModel.TOTAL_COLUMN);
        assertThat(vm.matrix().cellSegments()).hasSize(1);
        // the crosstab counts under it as well
        vm.displayProperty().set(JointDisplaysViewModel.Display.CROSSTAB);
        assertThat(vm.crosstab().errorProperty().get()).isEmpty();
        vm.where().chips().getFirst().remove().run();
        vm.displayProperty().set(JointDisplaysViewModel.Display.MATRIX);
        assertThat(line("Safety").total().segments()).isEqualTo(7);
    }

    @Test
    void quantitizeSaysItDoesNotTakeTheConditions() {
        vm.where().inputProperty().set("unit.size > 20");
        vm.where().add();
        assertThat(vm.whereNoteProperty().get()).isEmpty();
        vm.displayProperty().set(JointDisplaysViewModel.Display.QUANTITIZE);
        assertThat(vm.whereNoteProperty().get()).contains("do not apply");
        vm.where().clear();
        assertThat(vm.whereNoteProperty().get()).isEmpty();
    }

    @Test
    void aConditionTheProjectCannotResolveFailsTheDisplayVisibly() {
        vm.where().inputProperty().set("nothing > 2");
        vm.where().add();
        assertThat(vm.matrix().stateProperty().get()).isEqualTo(Recompute.State.FAILED);
        assertThat(vm.matrix().errorProperty().get()).contains("nothing");
        assertThat(vm.matrix().lines()).isEmpty();
    }

    @Test
    void aMatrixCountedUnderOldConditionsIsNeverShown() {
        DeferredTasks tasks = new DeferredTasks();
        ProjectContext deferred = UiFixtures.context(f.session, tasks);
        MatrixViewModel matrix = new MatrixViewModel(deferred, new UiFixtures.ScriptedDialogs());
        List<String> conditions = new ArrayList<>();
        matrix.whereFrom(() -> List.copyOf(conditions));
        try {
            matrix.setShown(true);
            conditions.add("unit.size > 20");
            matrix.invalidate();
            tasks.run(0); // counted without the condition: dropped, counted again
            assertThat(matrix.lines()).isEmpty();
            tasks.runAll();
            assertThat(matrix.lines().getFirst().total().segments()).isEqualTo(1);
        } finally {
            deferred.detach();
        }
    }
}
