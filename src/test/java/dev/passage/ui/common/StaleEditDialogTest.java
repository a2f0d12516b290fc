package dev.passage.ui.common;

import dev.passage.coding.CodebookService;
import dev.passage.coding.CommandHistory;
import dev.passage.model.Code;
import dev.passage.model.CodeDescription;
import dev.passage.session.ProjectSession;
import dev.passage.session.SessionStores;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.codebook.CodebookViewModel;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialog a refused stale edit brings up in the workbench: ann renamed the code while ben's description dialog was open;
 * ben is told who changed what and his own change, and [Re-apply mine] saves it on the current version, [Drop mine] leaves
 * ann's code as it is.
 */
@ExtendWith(ApplicationExtension.class)
class StaleEditDialogTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    CodebookViewModel vm;
    Code opened;

    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        session = UiFixtures.sample(dir);
        session.coding().setCoder("ben");
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new CodebookViewModel(context, new FxDialogService(() -> stage, context.messages()));
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    /** ben's dialog opens on the code; then ann (her own services on the same project) renames it. */
    private void annRenamesWhileBensDialogIsOpen() {
        long id = session.codebook().codebook().roots().getFirst().id();
        WaitForAsyncUtils.waitForFxEvents();
        opened = vm.shown(id).orElseThrow();
        var db = SessionStores.of(session).database();
        session.coding().setCoder("ann");
        new CodebookService(db, new CommandHistory(db)).rename(id, "Renamed by ann");
        session.coding().setCoder("ben");
    }

    private DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    /** Presses the dialog's button named {@code text} (there are exactly the two: re-apply and drop). */
    private static void press(FxRobot robot, DialogPane pane, String text) {
        assertThat(pane.getButtonTypes()).extracting(javafx.scene.control.ButtonType::getText)
                                         .containsExactlyInAnyOrder("Re-apply mine", "Drop mine");
        var type = pane.getButtonTypes().stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(type)).fire());
    }

    @Test
    void reapplyMineSavesTheDescriptionOnTheCurrentVersion(FxRobot robot) throws Exception {
        annRenamesWhileBensDialogIsOpen();
        Platform.runLater(() -> vm.describe(opened, CodeDescription.of("ben's definition")));

        DialogPane pane = dialog(robot);
        assertThat(pane.getContentText()).contains("ann renamed it to \"Renamed by ann\"").contains("Your change:")
                                         .contains(opened.name());
        String shot = System.getenv("STALE_SCREENSHOT"); // STALE_SCREENSHOT=/tmp/x.png: see the dialog as a user does
        if (shot != null) {
            var image = new java.util.concurrent.atomic.AtomicReference<java.awt.image.BufferedImage>();
            robot.interact(() -> image.set(NodeImages.image(pane, 1)));
            NodeImages.writePng(image.get(), Path.of(shot));
        }
        press(robot, pane, "Re-apply mine");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
            () -> "ben's definition".equals(session.codebook().codebook().get(opened.id()).description().definition()));
        Code now = session.codebook().codebook().get(opened.id());
        assertThat(now.name()).isEqualTo("Renamed by ann");
        assertThat(now.description().definition()).isEqualTo("ben's definition");
    }

    @Test
    void dropMineLeavesAnnsCodeAsItIs(FxRobot robot) throws Exception {
        annRenamesWhileBensDialogIsOpen();
        String before = opened.description().definition();
        Platform.runLater(() -> vm.describe(opened, CodeDescription.of("ben's definition")));

        press(robot, dialog(robot), "Drop mine");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        Code now = session.codebook().codebook().get(opened.id());
        assertThat(now.name()).isEqualTo("Renamed by ann");
        assertThat(now.description().definition()).isEqualTo(before);
    }
}
