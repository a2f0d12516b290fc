package dev.passage.ui.search;

import dev.passage.model.Coding;
import dev.passage.model.SpeakerTurn;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.common.TextLocation;
import dev.passage.session.SessionStores;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class SearchViewTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs;
    SearchViewModel vm;
    SearchView view;

    /** Builds the sample study once before the toolkit's set-up timer runs. */
    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new ScriptedDialogs();
        vm = new SearchViewModel(context, dialogs);
        view = new SearchView(vm, context.messages());
        stage.setScene(new Scene((javafx.scene.Parent) view.root(), 1200, 420));
        stage.show();
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<KwicRow> table(FxRobot robot) {
        return robot.lookup(".kwic-table").queryAs(TableView.class);
    }

    @Test
    void typingAQueryAndEnterShowsRows(FxRobot robot) {
        assertThat(robot.lookup(".search-placeholder").queryAs(Label.class).getText()).startsWith("Search every transcript at once.");

        robot.clickOn(".search-query").write("fejl").type(KeyCode.ENTER);

        TableView<KwicRow> table = table(robot);
        assertThat(table.getItems()).hasSize(25);
        assertThat(table.getItems()).allSatisfy(r -> assertThat(r.hit().toLowerCase()).startsWith("fejl"));
        assertThat(robot.lookup(".search-summary").queryAs(Label.class).getText()).isEqualTo("25 hits in 24 passages");
        assertThat(robot.lookup(".kwic-hit").lookup((Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                                                                  && "fejl".equalsIgnoreCase(c.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup(".search-code-all").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void clickingARowRevealsThePassage(FxRobot robot) {
        robot.clickOn(".search-query").write("tavlen").type(KeyCode.ENTER);
        KwicRow second = table(robot).getItems().get(1);

        Node cell = robot.lookup(".kwic-right").nth(1).query();
        robot.clickOn(cell);

        assertThat(context.revealProperty().get()).isEqualTo(new TextLocation(second.documentId(), second.start(), second.end()));
        assertThat(context.openDocumentProperty().get()).isEqualTo(second.documentId());
    }

    @Test
    void enterOnASelectedRowRevealsIt(FxRobot robot) {
        robot.clickOn(".search-query").write("tavlen").type(KeyCode.ENTER);
        robot.clickOn(robot.lookup(".kwic-left").nth(0).queryAs(Node.class));
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        context.revealProperty().set(null);

        robot.type(KeyCode.ENTER);

        KwicRow third = table(robot).getItems().get(2);
        assertThat(context.revealProperty().get()).isEqualTo(third.location());
    }

    @Test
    void syntaxErrorShowsInlineUnderTheField(FxRobot robot) {
        robot.clickOn(".search-query").write("\"tale").type(KeyCode.ENTER);

        Label error = robot.lookup(".search-error").queryAs(Label.class);
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("close the quotes");
        assertThat(dialogs.errors).isEmpty();
        assertThat(robot.listTargetWindows()).hasSize(1);

        robot.type(KeyCode.END).write("\"").type(KeyCode.ENTER);
        assertThat(error.isVisible()).isFalse();
    }

    @Test
    void codeAllHitsThroughTheDialog(FxRobot robot) {
        robot.clickOn(".search-query").write("tavlen").type(KeyCode.ENTER);
        List<KwicRow> rows = List.copyOf(table(robot).getItems());
        long codeId = session.codebook().resolve("Organisational learning practices").id();

        robot.clickOn(".search-code-all");
        assertThat(robot.lookup(".code-all-dialog").tryQuery()).isPresent();
        robot.clickOn(".code-all-field").write("learning pr");
        assertThat(robot.lookup(".code-all-matches").queryListView().getItems()).containsExactly("Organisational learning practices");
        robot.type(KeyCode.DOWN);
        assertThat(robot.lookup(".code-all-field").queryAs(TextField.class).getText()).isEqualTo("Organisational learning practices");
        robot.clickOn(".scope-turn");
        robot.clickOn("Code them");

        for (KwicRow r : rows) {
            SpeakerTurn turn = SessionStores.of(session).database().read(a -> a.documents().turns(r.documentId())).stream()
                                      .filter(t -> t.start() <= r.start() && r.end() <= t.end()).findFirst().orElseThrow();
            List<Coding> codings = session.coding().forDocument(r.documentId());
            assertThat(codings).anyMatch(c -> c.codeId() == codeId && c.start() == turn.start() && c.end() == turn.end());
        }
        assertThat(robot.lookup(".search-status").queryAs(Label.class).getText())
            .startsWith("Coded ").endsWith(" as Organisational learning practices (Ctrl+Z undoes)");
        assertThat(robot.lookup(".code-all-dialog").tryQuery()).isEmpty();
    }

    @Test
    void codeAllHitsByShortcutCreatesATypedCode(FxRobot robot) {
        robot.clickOn(".search-query").write("tavlen").type(KeyCode.ENTER);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.clickOn(".code-all-field").write("Boards/Morning board");
        assertThat(robot.lookup(".code-all-hint").queryAs(Label.class).getText())
            .isEqualTo("Creates the new code Boards/Morning board and applies it");
        robot.type(KeyCode.ENTER);

        var code = session.codebook().codebook().findByPath("Boards/Morning board");
        assertThat(code).isPresent();
        assertThat(session.codebook().codingCounts().get(code.get().id())).isEqualTo(8);
    }

    @Test
    void cancellingTheDialogCodesNothing(FxRobot robot) {
        robot.clickOn(".search-query").write("tavlen").type(KeyCode.ENTER);
        int before = session.codebook().codingCounts().values().stream().mapToInt(Integer::intValue).sum();

        robot.clickOn(".search-code-all");
        robot.clickOn(".code-all-field").write("Peer coaching");
        robot.clickOn("Cancel");

        assertThat(session.codebook().codingCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(before);
    }

    @Test
    void speakerFilterChosenByTyping(FxRobot robot) {
        robot.clickOn(".search-query").write("fejl").type(KeyCode.ENTER);

        robot.clickOn(".filter-speaker .filter-button");
        robot.write("Leder").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.speakerFilterProperty().get()).isEqualTo("Leder");
        assertThat(table(robot).getItems()).isNotEmpty().allSatisfy(r -> assertThat(r.speaker()).isEqualTo("Leder"));
        assertThat(table(robot).getItems()).hasSizeLessThan(25);

        robot.clickOn(".filter-speaker .filter-clear");
        assertThat(vm.speakerFilterProperty().get()).isNull();
        assertThat(table(robot).getItems()).hasSize(25);
    }

    @Test
    void helpAndShowAllByKeyboard(FxRobot robot) {
        robot.clickOn(".search-query").write("så OR kan OR tror OR godt").type(KeyCode.ENTER);
        assertThat(table(robot).getItems()).hasSize(SearchViewModel.DEFAULT_LIMIT);
        assertThat(robot.lookup(".search-limited").queryAs(Label.class).getText()).isEqualTo("· showing the first 200");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(table(robot).getItems()).hasSize((int) vm.totalHitsProperty().get()).hasSizeGreaterThan(200);

        assertThat(robot.lookup(".search-help").query().isVisible()).isFalse();
        robot.press(KeyCode.SHIFT, KeyCode.F1).release(KeyCode.F1, KeyCode.SHIFT);
        assertThat(robot.lookup(".search-help").query().isVisible()).isTrue();
        assertThat(robot.lookup(".search-help-note").queryAs(Label.class).getText()).contains("each document's language (Danish, English)");
        robot.clickOn(".search-help-close");
        assertThat(robot.lookup(".search-help").query().isVisible()).isFalse();
    }

    @Test
    void focusQueryAndSearchFromOutside(FxRobot robot) {
        robot.interact(() -> view.search("sagde"));
        assertThat(table(robot).getItems()).hasSize(53);

        robot.interact(view::focusQuery);
        assertThat(robot.lookup(".search-query").queryAs(TextField.class).isFocused()).isTrue();
        robot.clickOn(robot.lookup(".kwic-left").nth(0).queryAs(Node.class));
        assertThat(robot.lookup(".search-query").queryAs(TextField.class).isFocused()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup(".search-query").queryAs(TextField.class).isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".search-query").queryAs(TextField.class).getText()).isEmpty();
    }
}
