package dev.passage.ui.exchange;

import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBar;
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

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The .qdpx export's summary (what will not be carried over) never covers the dialog's Export and Cancel buttons. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogLayoutTest {
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
        context.detach();
        session.close();
    }

    private static Bounds bounds(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void theQdpxSummaryAndTheButtonsDoNotOverlap(FxRobot robot) {
        ExportViewModel vm = new ExportViewModel(context, new UiFixtures.ScriptedDialogs());
        ExportDialog[] dialog = new ExportDialog[1];
        robot.interact(() -> {
            dialog[0] = new ExportDialog(vm, stage);
            dialog[0].show();
            vm.formatProperty().set(ExportFormat.QDPX);
        });
        for (double[] size : new double[][] {{980, 740}, {760, 560}}) {
            robot.interact(() -> {
                dialog[0].setWidth(size[0]);
                dialog[0].setHeight(size[1]);
                dialog[0].getDialogPane().applyCss();
                dialog[0].getDialogPane().layout();
            });
            Node summary = dialog[0].getDialogPane().lookup(".export-preview");
            assertThat(((Label) summary).getText()).isNotBlank();
            Node cancel = dialog[0].getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).map(dialog[0].getDialogPane()::lookupButton)
                .findFirst().orElseThrow();
            Node export = dialog[0].getDialogPane().lookupButton(dialog[0].getDialogPane().getButtonTypes().getFirst());
            // what shows of the summary is the part inside its (scrolling) container
            Bounds shown = bounds(visibleArea(summary));
            assertThat(shown.intersects(bounds(cancel))).as("summary %s vs Cancel %s at %s", shown, bounds(cancel), size[1]).isFalse();
            assertThat(shown.intersects(bounds(export))).as("summary %s vs Export %s", shown, bounds(export)).isFalse();
            assertThat(shown.getMaxY()).isLessThanOrEqualTo(bounds(cancel).getMinY());
        }
    }

    /** The summary itself, or the scroll pane that clips it. */
    private static Node visibleArea(Node summary) {
        for (Node n = summary.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane) {
                return n;
            }
        }
        return summary;
    }
}
