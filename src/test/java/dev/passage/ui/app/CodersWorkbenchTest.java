package dev.passage.ui.app;

import dev.passage.session.ProjectSession;
import dev.passage.ui.PngSnapshots;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.CoderColours;
import dev.passage.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.passage.ui.app.WorkbenchHarness.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coders' menus in the real workbench: View › Show codings of, View › Colour stripes by coder (with its legend) and
 * File › Blind coding…, each said in the status bar (the sample was coded by anna and jonas; the session codes as anna).
 */
@ExtendWith(ApplicationExtension.class)
class CodersWorkbenchTest {
    @TempDir
    static Path tmp;

    private final Messages m = Messages.english();
    private final UiFixtures.ScriptedDialogs dialogs = new UiFixtures.ScriptedDialogs();
    private ProjectSession session;
    private WorkbenchHarness harness;

    @Start
    void start(Stage stage) throws Exception {
        session = UiFixtures.sample(tmp.resolve("run-" + System.nanoTime()));
        harness = WorkbenchHarness.show(stage, session, dialogs, m);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private static List<MenuItem> leaves(List<? extends MenuItem> items) {
        List<MenuItem> out = new ArrayList<>();
        for (MenuItem i : items) {
            if (i instanceof Menu sub) {
                out.addAll(leaves(sub.getItems()));
            } else if (!(i instanceof SeparatorMenuItem)) {
                out.add(i);
            }
        }
        return out;
    }

    private MenuItem item(FxRobot robot, String text) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream().flatMap(menu -> leaves(menu.getItems()).stream())
                    .filter(i -> text.equals(i.getText())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + text));
    }

    private Label chip(FxRobot robot) {
        return robot.lookup(".status-scope").queryAs(Label.class);
    }

    /** The stripes drawn in the transcript's margins now. */
    private List<Rectangle> stripes(FxRobot robot) {
        return robot.lookup(".coding-stripe").queryAllAs(Rectangle.class).stream().filter(Node::isVisible).toList();
    }

    private String stats(FxRobot robot) {
        return robot.lookup(".transcript-stats").queryAs(Label.class).getText();
    }

    /** How many codings of the open document {@code coder} made (null: everyone), read from the project. */
    private long codingsOfOpenDocument(String coder) {
        long doc = harness.workbench().context().openDocumentProperty().get();
        return dev.passage.session.SessionStores.of(session).database().read(a -> a.codings().forDocument(doc)).stream()
                                                .filter(c -> coder == null || c.coder().equals(coder)).count();
    }

    @Test
    void showCodingsOfMeNarrowsTheTranscriptAndTheStatusBarSaysSo(FxRobot robot) throws Exception {
        waitUntil(() -> !stripes(robot).isEmpty());
        long all = codingsOfOpenDocument(null);
        long annas = codingsOfOpenDocument("anna");
        assertThat(annas).isPositive().isLessThan(all);
        waitUntil(() -> stats(robot).endsWith(" " + all + " codings"));
        assertThat(chip(robot).isVisible()).isFalse();
        MenuItem me = item(robot, "Me");
        assertThat(((Menu) me.getParentMenu()).getText()).isEqualTo("Show codings of");
        robot.interact(me::fire);
        waitUntil(() -> chip(robot).isVisible());
        assertThat(chip(robot).getText()).isEqualTo("Showing codings of: anna");
        waitUntil(() -> stats(robot).endsWith(" " + annas + " codings"));
        assertThat(stripes(robot)).allSatisfy(r -> assertThat(coderOf(r)).isEqualTo("anna"));
        robot.interact(item(robot, "Everyone")::fire);
        waitUntil(() -> !chip(robot).isVisible());
        waitUntil(() -> stats(robot).endsWith(" " + all + " codings"));
    }

    private String coderOf(Rectangle stripe) {
        var s = (dev.passage.ui.transcript.CodingLayout.Stripe) stripe.getUserData();
        return session.coding().find(s.codingId()).coder();
    }

    @Test
    void colourStripesByCoderShowsALegendAndPaintsEachStripeInItsCodersColour(FxRobot robot) throws Exception {
        waitUntil(() -> !stripes(robot).isEmpty());
        Node legend = robot.lookup("#coder-legend").query();
        assertThat(legend.isVisible()).isFalse();
        robot.interact(item(robot, "Colour stripes by coder")::fire);
        waitUntil(legend::isVisible);
        assertThat(robot.lookup("#coder-legend-anna").queryAs(Label.class).getText()).isEqualTo("anna");
        assertThat(robot.lookup("#coder-legend-jonas").queryAs(Label.class).getText()).isEqualTo("jonas");
        List<String> coders = List.of("anna", "jonas");
        waitUntil(() -> stripes(robot).stream().allMatch(r -> r.getFill().equals(CoderColours.of(coderOf(r), coders))));
        Set<Color> colours = new java.util.HashSet<>();
        stripes(robot).forEach(r -> colours.add((Color) r.getFill()));
        assertThat(colours).isNotEmpty().isSubsetOf(CoderColours.of("anna", coders), CoderColours.of("jonas", coders));
        // no code has a coder's colour: the stripes really changed colour
        assertThat(session.codebook().codebook().all()).noneMatch(c -> colours.contains(Color.web(c.colour())));
        robot.interact(item(robot, "Colour stripes by coder")::fire);
        waitUntil(() -> !legend.isVisible());
        waitUntil(() -> stripes(robot).stream().noneMatch(r -> colours.contains((Color) r.getFill())));
        robot.interact(item(robot, "Colour stripes by coder")::fire);
        waitUntil(legend::isVisible);
        robot.interact(() -> PngSnapshots.write(robot.lookup(".status-bar").query().getScene().getRoot(),
                                                PngSnapshots.folder().resolve("coders-stripes-by-coder.png")));
    }

    @Test
    void blindCodingIsLockedFromTheFileMenuAndSaidInTheStatusBar(FxRobot robot) throws Exception {
        waitUntil(() -> !stripes(robot).isEmpty());
        dialogs.confirmAnswers.add(true);
        robot.interact(item(robot, "Blind coding…")::fire);
        waitUntil(() -> chip(robot).isVisible());
        assertThat(chip(robot).getText()).isEqualTo("Blind coding: you see only your codings");
        assertThat(chip(robot).getStyleClass()).contains("blind");
        assertThat(session.coders().blind()).isTrue();
        waitUntil(() -> stripes(robot).stream().allMatch(r -> coderOf(r).equals("anna")));
        robot.interact(() -> PngSnapshots.write(robot.lookup(".status-bar").query().getScene().getRoot(),
                                                PngSnapshots.folder().resolve("coders-blind.png")));
        // Ctrl+Z's undo lifts it again (it is an edit like any other)
        robot.interact(() -> session.history().undo());
        waitUntil(() -> !chip(robot).isVisible());
        assertThat(session.coders().blind()).isFalse();
    }
}
