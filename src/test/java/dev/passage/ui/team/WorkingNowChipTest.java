package dev.passage.ui.team;

import dev.passage.team.TeamActivity;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The status bar's "Working now" chip over a fake team: hidden while nobody else works, the names when someone does (told on
 * a background thread, as the live feed tells), "and N more" past three, and gone again when they leave.
 */
@ExtendWith(ApplicationExtension.class)
class WorkingNowChipTest {
    private final FakeTeam team = new FakeTeam();
    private WorkingNowChip chip;
    private WorkingNowChip danish;
    private WorkingNowViewModel vm;

    @Start
    void start(Stage stage) {
        vm = new WorkingNowViewModel(team, Platform::runLater, Messages.english());
        chip = new WorkingNowChip(vm);
        danish = new WorkingNowChip(new WorkingNowViewModel(team, Platform::runLater, new Messages(Locale.of("da"))));
        stage.setScene(new Scene(new HBox(8, chip, danish), 600, 40));
        stage.show();
    }

    @Test
    void showsWhoElseIsWorkingAndHidesWhenNobodyIs(FxRobot robot) throws Exception {
        assertThat(chip.isVisible()).isFalse();
        assertThat(chip.isManaged()).isFalse();

        team.now(List.of("ann", "ben"));
        assertThat(chip.isVisible()).isTrue();
        assertThat(chip.getText()).isEqualTo("Working now: ann, ben");
        assertThat(chip.getTooltip().getText()).startsWith("Also working in this team project now: ann, ben.");
        assertThat(danish.getText()).isEqualTo("Arbejder nu: ann, ben");
        assertThat(robot.lookup("#working-now").queryAll()).hasSize(2);

        team.now(List.of("ann", "ben", "carl", "dora", "eva"));
        assertThat(chip.getText()).isEqualTo("Working now: ann, ben, carl and 2 more");
        assertThat(chip.getTooltip().getText()).contains("ann, ben, carl, dora, eva");

        team.now(List.of());
        assertThat(chip.isVisible()).isFalse();
        assertThat(chip.isManaged()).isFalse();

        vm.dispose();
        team.now(List.of("ann"));
        assertThat(chip.isVisible()).as("no longer listening").isFalse();
        assertThat(danish.isVisible()).isTrue();
    }

    @Test
    void aFolderProjectNeverShowsTheChip() {
        WorkingNowViewModel alone = new WorkingNowViewModel(TeamActivity.alone(), Runnable::run, Messages.english());
        assertThat(alone.shownProperty().get()).isFalse();
        assertThat(alone.textProperty().get()).isEmpty();
    }

    /** A team whose members the test sets; like the live feed it tells its listeners on a thread of its own. */
    private static final class FakeTeam implements TeamActivity {
        private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
        private volatile List<String> others = List.of();

        void now(List<String> working) throws Exception {
            others = List.copyOf(working);
            Thread t = new Thread(() -> listeners.forEach(Runnable::run), "fake presence");
            t.start();
            t.join();
            WaitForAsyncUtils.waitForFxEvents();
        }

        @Override
        public List<String> othersWorking() {
            return others;
        }

        @Override
        public void addListener(Runnable listener) {
            listeners.add(listener);
        }

        @Override
        public void removeListener(Runnable listener) {
            listeners.remove(listener);
        }
    }
}
