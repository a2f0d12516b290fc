package dev.passage.ui.codebook;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.PopupWindow;
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
import org.testfx.util.WaitForAsyncUtils;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the pane, its menu, tooltip and dialogs in Primer Light and Primer Dark to PNGs in the temp folder
 * (codebook-*.png) for a person to look at, and checks the renders show what they should (swatch colours, theme background).
 */
@ExtendWith(ApplicationExtension.class)
class CodebookLookTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    CodebookViewModel vm;
    CodebookView view;
    Stage stage;

    /** Builds the shared sample template before TestFX's start-up time limit starts counting. */
    @BeforeAll
    static void buildTheSampleOnce(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        this.stage = stage;
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        vm = new CodebookViewModel(context, new ScriptedDialogs());
        view = new CodebookView(vm, context.messages());
        stage.setScene(new Scene((Parent) view.root(), 320, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        context.detach();
        session.close();
    }

    static BufferedImage png(Node node, String name) {
        return dev.passage.ui.PngSnapshots.write(node, Path.of(System.getProperty("java.io.tmpdir"), "codebook-" + name + ".png"));
    }

    static boolean contains(BufferedImage img, int rgb) {
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    return true;
                }
            }
        }
        return false;
    }

    static double brightness(int argb) {
        return (((argb >> 16) & 0xFF) + ((argb >> 8) & 0xFF) + (argb & 0xFF)) / 765.0;
    }

    private BufferedImage shoot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        BufferedImage[] img = new BufferedImage[1];
        robot.interact(() -> img[0] = png(view.root(), name));
        return img[0];
    }

    @Test
    void thePaneShowsSwatchesInBothThemes(FxRobot robot) {
        robot.interact(() -> vm.select(session.codebook().resolve("Psychological safety/Asking for help").id()));
        BufferedImage light = shoot(robot, "light");
        assertThat(contains(light, 0x0072B2)).as("Psychological safety's swatch").isTrue();
        assertThat(contains(light, 0xD55E00)).as("Barriers' swatch").isTrue();
        assertThat(brightness(light.getRGB(light.getWidth() - 4, light.getHeight() - 60))).isGreaterThan(0.8);

        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        BufferedImage dark = shoot(robot, "dark");
        assertThat(contains(dark, 0x0072B2)).isTrue();
        assertThat(brightness(dark.getRGB(dark.getWidth() - 4, dark.getHeight() - 60))).isLessThan(0.25);

        robot.clickOn("#codebook-filter").write("lead");
        shoot(robot, "dark-filter");
        robot.write("xyz");
        shoot(robot, "dark-nomatch");
    }

    @Test
    void anEmptyCodebook(FxRobot robot, @TempDir Path other) throws Exception {
        try (ProjectSession empty = ProjectSession.create(other.resolve("e.passage"), "Empty", dev.passage.model.Language.EN, "anna")) {
            ProjectContext c = UiFixtures.context(empty, new SynchronousTasks());
            CodebookView v = new CodebookView(new CodebookViewModel(c, new ScriptedDialogs()), c.messages());
            robot.interact(() -> stage.setScene(new Scene((Parent) v.root(), 320, 520)));
            WaitForAsyncUtils.waitForFxEvents();
            BufferedImage[] img = new BufferedImage[1];
            robot.interact(() -> img[0] = png(v.root(), "empty"));
            robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
            robot.interact(() -> png(v.root(), "empty-dark"));
            assertThat(img[0].getHeight()).isEqualTo(520);
            c.detach();
        }
    }

    @Test
    void dragFeedbackAndInlineEditing(FxRobot robot) {
        CodeTreeCell speaking = findCell(robot, "Speaking up");
        robot.drag(speaking, MouseButton.PRIMARY).moveTo(findCell(robot, "Mindset"));
        shoot(robot, "drag-ok");
        robot.moveTo(findCell(robot, "Admitting mistakes")).moveTo(findCell(robot, "Psychological safety"));
        shoot(robot, "drag-refused");
        robot.drop();
        robot.clickOn(findCell(robot, "Peer coaching"));
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("Observ");
        BufferedImage img = shoot(robot, "new-code");
        assertThat(contains(img, 0xCC79A7)).as("the new code shows its parent's colour").isTrue();
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void menuAndTooltip(FxRobot robot) {
        CodebookViewTest.openContextMenu(robot, findCell(robot, "Mindset"));
        popup(robot, "menu");
        robot.type(KeyCode.ESCAPE);
        robot.moveTo(findCell(robot, "Speaking up"));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        Window tip = popup(robot, "tooltip");
        assertThat(tip).isInstanceOf(Tooltip.class);
    }

    private Window popup(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        for (Window w : Window.getWindows()) {
            if (w instanceof PopupWindow p && p.isShowing()) {
                robot.interact(() -> png(p.getScene().getRoot(), name));
                return p;
            }
        }
        throw new AssertionError("no popup is showing");
    }

    @Test
    void dialogs(FxRobot robot) {
        CodeRow safety = vm.row(session.codebook().resolve("Psychological safety").id()).orElseThrow();
        String css = CodebookView.class.getResource("codebook.css").toExternalForm();
        robot.interact(() -> {
            dialogPng(new CodeDescriptionDialog(safety, context.messages(), css), "describe");
            dialogPng(new CodeColourDialog(safety, vm.palette(), context.messages(), css), "colour");
            dialogPng(new CodeChooserDialog("Move code", "Move “Psychological safety” to…", null, "Move", "The top level",
                                            vm.moveTargets(safety.id()), false, context.messages(), css), "chooser");
        });
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet()));
        robot.interact(() -> {
            dialogPng(new CodeDescriptionDialog(safety, context.messages(), css), "describe-dark");
            dialogPng(new CodeColourDialog(safety, vm.palette(), context.messages(), css), "colour-dark");
        });
    }

    /** Shows the dialog (without waiting), renders its window's content, and closes it. */
    private void dialogPng(Dialog<?> d, String name) {
        d.initOwner(stage);
        d.show();
        DialogPane pane = d.getDialogPane();
        pane.applyCss();
        pane.layout();
        png(pane.getScene().getRoot(), name);
        d.setResult(null);
        d.close();
    }

    private CodeTreeCell findCell(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".code-cell").match((Node n) -> n instanceof CodeTreeCell c && !c.isEmpty() && c.getItem() != null
                                                             && c.getItem().row().name().equals(name))
                    .queryAs(CodeTreeCell.class);
    }
}
