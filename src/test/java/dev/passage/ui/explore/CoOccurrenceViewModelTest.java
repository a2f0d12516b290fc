package dev.passage.ui.explore;

import dev.passage.mixed.StudyFixture;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.DeferredTasks;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.explore.CoOccurrenceViewModel.PairRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Co-occurrence on {@link StudyFixture}: in d1 Safety [0,20) and [10,30) lie inside Learning [0,100) (2 overlaps), and so
 * does Speaking up [50,60) (1); nothing else overlaps.
 */
class CoOccurrenceViewModelTest {
    @TempDir
    Path dir;
    StudyFixture f;
    ProjectContext context;
    CoOccurrenceViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new StudyFixture(dir);
        f.unitNumber("size", Map.of(f.north, 10.0, f.south, 30.0));
        context = UiFixtures.context(f.session, new SynchronousTasks());
        vm = new CoOccurrenceViewModel(context);
    }

    @AfterEach
    void close() {
        vm.dispose();
        context.detach();
        f.close();
    }

    @Test
    void listsThePairsStrongestFirstAndTheirCodesForTheTable() {
        vm.count();
        assertThat(vm.pairs()).extracting(p -> p.a().name() + "+" + p.b().name() + "=" + p.overlaps() + "/" + p.documents())
                              .containsExactly("Safety+Learning=2/1", "Speaking up+Learning=1/1");
        assertThat(vm.codes()).extracting(CoOccurrenceViewModel.CodeInfo::name).containsExactly("Safety", "Speaking up", "Learning");
        // the table asks by row and column, in either order
        assertThat(vm.pair(vm.codes().get(2), vm.codes().get(0)).overlaps()).isEqualTo(2);
        assertThat(vm.pair(vm.codes().get(0), vm.codes().get(1))).isNull();
        assertThat(vm.maxOverlaps()).isEqualTo(2);
    }

    @Test
    void aPairListsTheSegmentsWhereBothOccur() {
        vm.count();
        PairRow first = vm.pairs().get(0);
        vm.open(first);
        assertThat(vm.segments()).hasSize(3);
        assertThat(vm.segmentsTitleProperty().get()).isEqualTo("Safety and Learning: 2 overlaps, 3 segments");
    }

    @Test
    void whereChipsNarrowTheDocumentsAndCanBeRemoved() {
        vm.count();
        vm.where().inputProperty().set("unit.size > 20");
        vm.where().add();
        assertThat(vm.where().chips()).hasSize(1);
        assertThat(vm.pairs()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("No two codes overlap in the documents counted.");
        vm.where().chips().get(0).remove().run();
        assertThat(vm.pairs()).hasSize(2);
    }

    @Test
    void aLateCountForOldConditionsIsDropped() {
        DeferredTasks tasks = new DeferredTasks();
        ProjectContext deferred = UiFixtures.context(f.session, tasks);
        CoOccurrenceViewModel late = new CoOccurrenceViewModel(deferred);
        try {
            late.count();
            late.where().inputProperty().set("unit.size > 20");
            late.where().add();
            tasks.run(1);
            assertThat(late.pairs()).isEmpty();
            tasks.run(0); // all documents: would show 2 pairs under the chip's condition
            assertThat(late.pairs()).isEmpty();
        } finally {
            late.dispose();
            deferred.detach();
        }
    }
}
