package dev.passage.ui.transcript;

import atlantafx.base.theme.PrimerLight;
import dev.passage.model.Coding;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance shape (not timed): a 300,000-character transcript with 2,000 codings opens with every coding styled,
 * margins are made only for paragraphs on screen while scrolling through it page by page, and one more coding updates
 * just its range without moving the view. Numbers: {@link TranscriptBenchmark}.
 */
@ExtendWith(ApplicationExtension.class)
class LargeTranscriptViewTest {
    static LargeTranscript.Generated large;

    ProjectContext context;
    TranscriptViewModel vm;
    TranscriptView view;
    StyleClassedTextArea area;

    @BeforeAll
    static void generate() throws Exception {
        large = LargeTranscript.create(Files.createTempDirectory("passage-large-transcript"), 300_000, 2_000);
    }

    @AfterAll
    static void closeProject() {
        large.session().close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        context = UiFixtures.context(large.session(), new SynchronousTasks());
        vm = new TranscriptViewModel(context, new ScriptedDialogs());
        view = new TranscriptView(vm, Messages.english());
        area = view.area();
        stage.setScene(new Scene((Parent) view.root(), 1200, 800));
        stage.setWidth(1200);   // the primary stage is shared between tests: start each from the same size
        stage.setHeight(800);
        stage.show();
    }

    @AfterEach
    void detach() {
        vm.dispose();
        context.detach();
    }

    @Test
    void opensScrollsAndCodesALongTranscriptWithThousandsOfCodings(FxRobot robot) {
        robot.interact(() -> context.openDocumentProperty().set(large.documentId()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(large.length()).isGreaterThanOrEqualTo(300_000);
        assertThat(large.codings()).isGreaterThanOrEqualTo(1_990);
        assertThat(area.getLength()).isEqualTo(large.length());
        CodingLayout layout = vm.layout();
        assertThat(layout.codings()).hasSize(large.codings());
        int paragraphs = area.getParagraphs().size();
        assertThat(paragraphs).isEqualTo(layout.paragraphCount()).isGreaterThan(1_000);
        // every coding is styled, from the first to the last
        for (Coding c : List.of(layout.codings().getFirst(), layout.codings().get(1_000), layout.codings().getLast())) {
            assertThat(area.getStyleOfChar(c.start())).contains("code-" + c.codeId());
        }
        // margins exist only for what is on screen
        int afterOpen = view.marginsCreated();
        assertThat(afterOpen).isBetween(1, 80);

        // page by page to the end
        int pages = 0;
        while (area.lastVisibleParToAllParIndex() < paragraphs - 1 && pages < 5_000) {
            robot.interact(() -> {
                area.scrollYBy(area.getViewportHeight() * 0.9);
                area.layout();
            });
            pages++;
        }
        assertThat(area.lastVisibleParToAllParIndex()).isEqualTo(paragraphs - 1);
        assertThat(pages).isGreaterThan(50);
        // each margin is made when its paragraph comes on screen, not before: about one per paragraph passed
        assertThat(view.marginsCreated()).isLessThan(paragraphs + 200);
        assertThat(view.liveMargins().size()).isLessThan(80);

        // one more coding near the end: only its range changes, the view stays where it is
        Coding last = layout.codings().getLast();
        int visibleBefore = area.firstVisibleParToAllParIndex();
        int start = layout.paragraphStart(area.firstVisibleParToAllParIndex() + 1);
        robot.interact(() -> {
            area.selectRange(start, start + 10);
            vm.applyCode(large.codes().getFirst().id());
            area.layout();
        });
        assertThat(area.getStyleOfChar(start + 2)).contains("code-" + large.codes().getFirst().id());
        assertThat(area.getStyleOfChar(last.start())).contains("code-" + last.codeId());
        assertThat(area.firstVisibleParToAllParIndex()).isEqualTo(visibleBefore);
    }
}
