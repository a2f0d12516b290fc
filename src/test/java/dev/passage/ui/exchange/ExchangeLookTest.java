package dev.passage.ui.exchange;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.PngSnapshots;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** PNGs of the export and import dialogs in Primer Light and Dark (in -Dpassage.snapshots=DIR, else the temp folder), to look at. */
@ExtendWith(ApplicationExtension.class)
class ExchangeLookTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    Stage stage;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        stage.setScene(new Scene(new StackPane(new Label("workbench")), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        context.detach();
        session.close();
    }

    @Test
    void lookAtTheExportDialog(FxRobot robot) {
        Path out = PngSnapshots.folder();
        ExportViewModel vm = new ExportViewModel(context, new UiFixtures.ScriptedDialogs());
        vm.codes().check("Peer coaching");
        vm.codes().check("Psychological safety");
        vm.coders().check("anna");
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(vm, stage);
            dialog[0].show();
        });
        BufferedImage[] light = new BufferedImage[1];
        robot.interact(() -> light[0] = PngSnapshots.write(dialog[0].getDialogPane(), out.resolve("exchange-export-light.png")));
        robot.interact(() -> vm.formatProperty().set(ExportFormat.QDPX));
        robot.interact(() -> PngSnapshots.write(dialog[0].getDialogPane(), out.resolve("exchange-export-qdpx-light.png")));
        robot.interact(() -> {
            vm.formatProperty().set(ExportFormat.CSV);
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
        });
        BufferedImage[] dark = new BufferedImage[1];
        robot.interact(() -> dark[0] = PngSnapshots.write(dialog[0].getDialogPane(), out.resolve("exchange-export-dark.png")));

        assertThat(PngSnapshots.meanLuminance(light[0])).isGreaterThan(0.6);
        assertThat(PngSnapshots.meanLuminance(dark[0])).isLessThan(0.4);
    }

    @Test
    void lookAtTheImportDialog(FxRobot robot) {
        Path out = PngSnapshots.folder();
        RefiImportViewModel vm = new RefiImportViewModel(new SynchronousTasks(), new UiFixtures.ScriptedDialogs(), context.messages(), "anna",
                                                         p -> { });
        RefiImportDialog[] dialog = new RefiImportDialog[1];
        robot.interact(() -> {
            dialog[0] = new RefiImportDialog(vm, stage);
            dialog[0].show();
        });
        robot.interact(() -> PngSnapshots.write(dialog[0].getDialogPane(), out.resolve("exchange-import-empty-light.png")));
        robot.interact(() -> {
            vm.fileProperty().set(Path.of("/home/anna/Downloads/nvivo12win-oltas.qdpx"));
            vm.folderProperty().set(Path.of("/home/anna/Downloads/nvivo12win-oltas.passage"));
        });
        BufferedImage[] light = new BufferedImage[1];
        robot.interact(() -> light[0] = PngSnapshots.write(dialog[0].getDialogPane(), out.resolve("exchange-import-light.png")));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        BufferedImage[] dark = new BufferedImage[1];
        robot.interact(() -> dark[0] = PngSnapshots.write(dialog[0].getDialogPane(), out.resolve("exchange-import-dark.png")));

        assertThat(robot.lookup(".import-button").queryAs(javafx.scene.Node.class).isDisabled()).isFalse();
        assertThat(PngSnapshots.meanLuminance(light[0])).isGreaterThan(PngSnapshots.meanLuminance(dark[0]) + 0.3);
    }
}
