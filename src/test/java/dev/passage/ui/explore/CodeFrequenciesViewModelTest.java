package dev.passage.ui.explore;

import dev.passage.mixed.StudyFixture;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ActiveFilter;
import dev.passage.ui.common.DeferredTasks;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.explore.CodeFrequenciesViewModel.Cell;
import dev.passage.ui.explore.CodeFrequenciesViewModel.FrequencyRow;
import dev.passage.ui.explore.CodeFrequenciesViewModel.Grouping;
import dev.passage.ui.segments.SegmentRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Code frequencies on the hand-counted {@link StudyFixture} (Safety with Speaking up: 8 segments in 6 documents; North 4 in 2). */
class CodeFrequenciesViewModelTest {
    @TempDir
    Path dir;
    StudyFixture f;
    ProjectContext context;
    CodeFrequenciesViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new StudyFixture(dir);
        f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
        context = UiFixtures.context(f.session, new SynchronousTasks());
        vm = new CodeFrequenciesViewModel(context);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        f.close();
    }

    @Test
    void countsEachCodeByUnitWithItsSubCodes() {
        vm.refresh();
        assertThat(vm.groups()).containsExactly("East", "North", "South", "West", "(no unit)");
        assertThat(vm.rows()).extracting(FrequencyRow::path).containsExactly("Safety", "Safety/Speaking up", "Learning");
        FrequencyRow safety = vm.rows().get(0);
        assertThat(safety.total()).isEqualTo(new Cell(8, 6));
        assertThat(safety.cells()).containsExactly(new Cell(0, 0), new Cell(4, 2), new Cell(1, 1), new Cell(2, 2), new Cell(1, 1));
        assertThat(vm.maxSegments()).isEqualTo(8);
        assertThat(vm.statusProperty().get()).contains("3 codes").contains("7 documents");
    }

    @Test
    void groupingBranchAndSubCodesRecount() {
        vm.refresh();
        vm.groupingProperty().set(Grouping.DOCUMENT);
        assertThat(vm.groups()).hasSize(7).startsWith("Interview North 1");
        vm.groupingProperty().set(Grouping.CODER);
        assertThat(vm.groups()).containsExactly("anna");
        vm.branchProperty().set(vm.codes().get(0));
        assertThat(vm.rows()).extracting(FrequencyRow::path).containsExactly("Safety", "Safety/Speaking up");
        vm.includeSubCodesProperty().set(false);
        assertThat(vm.rows().get(0).total()).isEqualTo(new Cell(6, 5));
    }

    @Test
    void whereConditionsAreChipsThatNarrowTheCountAndCanBeRemoved() {
        vm.refresh();
        vm.where().inputProperty().set("unit.size > 20");
        assertThat(vm.where().add()).isTrue();
        assertThat(vm.where().chips()).extracting(ActiveFilter::label).containsExactly("Where unit.size > 20");
        assertThat(vm.rows().get(0).total()).isEqualTo(new Cell(1, 1));
        assertThat(vm.statusProperty().get()).contains("1 documents");
        vm.where().chips().get(0).remove().run();
        assertThat(vm.where().chips()).isEmpty();
        assertThat(vm.rows().get(0).total()).isEqualTo(new Cell(8, 6));
    }

    @Test
    void aBadConditionSaysWhyAndShowsNoNumbers() {
        vm.refresh();
        vm.where().inputProperty().set("size >");
        assertThat(vm.where().add()).isFalse();
        assertThat(vm.where().errorProperty().get()).isNotEmpty();
        assertThat(vm.where().chips()).isEmpty();
        vm.where().inputProperty().set("nothing > 2");
        vm.where().add();
        assertThat(vm.where().chips()).hasSize(1);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.where().errorProperty().get()).contains("nothing");
    }

    @Test
    void aBarPartListsItsSegments() {
        vm.refresh();
        vm.open(vm.rows().get(0), 1);
        assertThat(vm.segments()).hasSize(4).extracting(SegmentRow::documentId).containsOnly(f.doc[1], f.doc[2]);
        assertThat(vm.segmentsTitleProperty().get()).isEqualTo("Safety in North: 4 segments");
        vm.open(vm.rows().get(0), -1);
        assertThat(vm.segments()).hasSize(8);
    }

    @Test
    void aCountTheControlsMovedOnFromIsNeverShown() {
        DeferredTasks tasks = new DeferredTasks();
        ProjectContext deferred = UiFixtures.context(f.session, tasks);
        CodeFrequenciesViewModel late = new CodeFrequenciesViewModel(deferred);
        try {
            late.count(); // by unit
            late.groupingProperty().set(Grouping.CODER);
            assertThat(tasks.pending()).isEqualTo(2);
            tasks.run(1); // the coder count ends first
            assertThat(late.groups()).containsExactly("anna");
            tasks.run(0); // the unit count ends late: dropped
            assertThat(late.groups()).containsExactly("anna");
        } finally {
            late.dispose();
            deferred.detach();
        }
    }
}
