package dev.passage.ui.transcript;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.UiFixtures.ScriptedDialogs;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.ui.common.TextLocation;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the transcript with the robot: select, C, type, Enter; click a highlight, Delete; Ctrl+Enter; V; undo; find; reveal. */
@ExtendWith(ApplicationExtension.class)
class TranscriptViewTest {
    static final String DOC = TranscriptViewModelTest.DOC;
    static final String PHRASE = TranscriptViewModelTest.PHRASE;

    ProjectSession session;
    ProjectContext context;
    ScriptedDialogs dialogs;
    TranscriptViewModel vm;
    TranscriptView view;
    StyleClassedTextArea area;
    Stage stage;
    long docId;
    String text;

    /** Builds the sample template once, off the FX thread, so that each test's set-up stays quick. */
    @BeforeAll
    static void warmUp() throws Exception {
        UiFixtures.sample(Files.createTempDirectory("passage-transcript-warmup")).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dir = Files.createTempDirectory("passage-transcript-view");
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new ScriptedDialogs();
        vm = new TranscriptViewModel(context, dialogs);
        view = new TranscriptView(vm, Messages.english());
        area = view.area();
        docId = session.documents().idByName(DOC).orElseThrow();
        text = session.documents().text(docId).orElseThrow();
        stage.setScene(new Scene((Parent) view.root(), 1200, 780));
        stage.setWidth(1200);   // the primary stage is shared between tests: start each from the same size
        stage.setHeight(780);
        stage.show();
    }

    @AfterEach
    void close() {
        context.detach();
        session.close();
    }

    private void openDocument(FxRobot robot) {
        robot.interact(() -> context.openDocumentProperty().set(docId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private int select(FxRobot robot, String phrase) {
        int start = text.indexOf(phrase);
        assertThat(start).as("'%s' is in the text", phrase).isNotNegative();
        robot.interact(() -> {
            area.showParagraphAtCenter(vm.layout().paragraphOf(start));
            area.selectRange(start, start + phrase.length());
            area.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return start;
    }

    private Point2D pointOf(FxRobot robot, int offset) {
        Bounds[] b = new Bounds[1];
        robot.interact(() -> {
            area.layout();
            b[0] = area.getCharacterBoundsOnScreen(offset, offset + 1).orElseThrow();
        });
        return new Point2D(b[0].getCenterX(), b[0].getCenterY());
    }

    private List<Coding> codingsAt(int start, int end) {
        return session.coding().forDocument(docId).stream().filter(c -> c.start() == start && c.end() == end).toList();
    }

    private Code code(String path) {
        return session.codebook().resolve(path);
    }

    @Test
    void showsTheEmptyStateUntilADocumentIsOpen(FxRobot robot) {
        assertThat(view.emptyState().isVisible()).isTrue();
        assertThat(view.emptyTitle().getText()).isEqualTo("Open a document from the list on the left");

        openDocument(robot);

        assertThat(view.emptyState().isVisible()).isFalse();
        assertThat(area.getText()).isEqualTo(text);
        assertThat(view.title().getText()).isEqualTo(DOC);
        assertThat(area.isEditable()).isFalse();
        // the speaker of the first turn sits beside the first paragraph; its margin is on screen
        assertThat(view.liveMargins()).anySatisfy(m -> {
            assertThat(m.paragraph()).isZero();
            assertThat(m.speakerText()).isEqualTo("INTERVIEWER");
        });
        // codings show as tints and as stripes
        Coding first = vm.layout().codings().getFirst();
        assertThat(area.getStyleOfChar(first.start())).contains("code-" + first.codeId(), "tint-" + first.codeId());
        assertThat(view.liveMargins()).anySatisfy(m -> assertThat(m.shownStripes()).extracting(CodingLayout.Stripe::codingId)
                                                                                 .contains(first.id()));
        assertThat(view.marginsCreated()).isLessThan(80);
    }

    @Test
    void selectPressCTypeEnterCodesTheSelectionThenDeleteRemovesIt(FxRobot robot) {
        openDocument(robot);
        int start = select(robot, PHRASE);
        int end = start + PHRASE.length();
        assertThat(vm.layout().codingsAt(start)).isEmpty();
        assertThat(context.transcriptSelectionProperty().get()).isEqualTo(new TextLocation(docId, start, end));

        robot.type(KeyCode.C);
        assertThat(view.picker().isVisible()).isTrue();
        assertThat(view.picker().field().isFocused()).isTrue();
        robot.write("speaking");
        assertThat(view.picker().list().getItems()).extracting(c -> c.path()).containsExactly("Psychological safety/Speaking up");
        robot.type(KeyCode.ENTER);

        Code speakingUp = code("Psychological safety/Speaking up");
        assertThat(codingsAt(start, end)).singleElement().satisfies(c -> assertThat(c.codeId()).isEqualTo(speakingUp.id()));
        assertThat(view.picker().isVisible()).isFalse();
        assertThat(area.getStyleOfChar(start + 3)).contains("coded", "code-" + speakingUp.id(), "tint-" + speakingUp.id());
        assertThat(area.getStyleOfChar(end)).doesNotContain("code-" + speakingUp.id());
        assertThat(area.isFocused()).isTrue();

        // click the highlight: that coding is selected (and underlined); Delete removes it
        robot.clickOn(pointOf(robot, start + 5));
        Coding made = codingsAt(start, end).getFirst();
        assertThat(context.selectedCodingProperty().get()).isEqualTo(made.id());
        assertThat(area.getStyleOfChar(start + 5)).contains("selected-coding");
        robot.type(KeyCode.DELETE);

        assertThat(codingsAt(start, end)).isEmpty();
        assertThat(area.getStyleOfChar(start + 3)).doesNotContain("code-" + speakingUp.id(), "selected-coding");
        assertThat(context.selectedCodingProperty().get()).isNull();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void ctrlEnterInThePickerCreatesANewCodeAndAppliesIt(FxRobot robot) {
        openDocument(robot);
        int start = select(robot, PHRASE);

        robot.type(KeyCode.C);
        robot.write("Morning routines");
        assertThat(view.picker().list().getItems()).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);

        Code created = session.codebook().codebook().findByPath("Morning routines").orElseThrow();
        assertThat(created.parentId()).isNull();
        assertThat(codingsAt(start, start + PHRASE.length())).singleElement()
                                                             .satisfies(c -> assertThat(c.codeId()).isEqualTo(created.id()));
        assertThat(area.getStyleOfChar(start)).contains("code-" + created.id());
        assertThat(context.recentCodes()).first().isEqualTo(created.id());

        // the new code has a tint: the generated stylesheet knows its colour
        assertThat(view.root().getScene().getRoot().getStylesheets()).anySatisfy(s -> assertThat(s).startsWith("data:text/css"));
    }

    @Test
    void escapeClosesThePickerWithoutCoding(FxRobot robot) {
        openDocument(robot);
        int start = select(robot, PHRASE);
        int before = session.coding().forDocument(docId).size();

        robot.type(KeyCode.C);
        robot.write("mind");
        robot.type(KeyCode.ESCAPE);

        assertThat(view.picker().isVisible()).isFalse();
        assertThat(session.coding().forDocument(docId)).hasSize(before);
        assertThat(area.getSelection().getStart()).isEqualTo(start);
    }

    @Test
    void vCodesInVivoAndDigitsApplyRecentCodes(FxRobot robot) {
        openDocument(robot);
        int start = select(robot, "kvart i otte");

        robot.type(KeyCode.V);

        Code inVivo = session.codebook().codebook().findByPath("kvart i otte").orElseThrow();
        assertThat(codingsAt(start, start + "kvart i otte".length())).singleElement()
                                                                    .satisfies(c -> assertThat(c.codeId()).isEqualTo(inVivo.id()));
        assertThat(area.getStyleOfChar(start + 1)).contains("code-" + inVivo.id());

        int other = select(robot, "Dagen starter");
        robot.type(KeyCode.DIGIT1);

        assertThat(codingsAt(other, other + "Dagen starter".length())).singleElement()
                                                                     .satisfies(c -> assertThat(c.codeId()).isEqualTo(inVivo.id()));
    }

    @Test
    void aDraggedSelectionSnapsToWholeWordsAndVMakesATopLevelCodeThatOneUndoRemoves(FxRobot robot) {
        openDocument(robot);
        String phrase = "kvart i otte";
        int start = select(robot, phrase);   // brings it on screen
        Long selectedCode = code("Psychological safety").id();
        robot.interact(() -> {
            area.deselect();
            context.selectedCodeProperty().set(selectedCode);   // V must not put the new code under it
        });
        // drag from inside "kvart" to inside "otte"
        robot.drag(pointOf(robot, start + 2), MouseButton.PRIMARY).dropTo(pointOf(robot, start + phrase.length() - 2));
        dev.passage.ui.MonocleDrags.forgetPlainDrag();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(area.getSelectedText()).isEqualTo(phrase);

        int codesBefore = session.codebook().codebook().all().size();
        robot.type(KeyCode.V);

        Code inVivo = session.codebook().codebook().findByPath(phrase).orElseThrow();
        assertThat(inVivo.parentId()).isNull();
        assertThat(codingsAt(start, start + phrase.length())).singleElement()
                                                             .satisfies(c -> assertThat(c.codeId()).isEqualTo(inVivo.id()));
        robot.interact(() -> session.history().undo());   // one undo: the coding and the new code
        assertThat(codingsAt(start, start + phrase.length())).isEmpty();
        assertThat(session.codebook().codebook().all()).hasSize(codesBefore);
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCodingOnTheMiddleLinesOfALongTurnHasAStripeOnlyThereWithItsNameAndAMemoMarker(FxRobot robot) {
        openDocument(robot);
        CodingLayout l = vm.layout();
        int par = 0;
        for (int p = 0; p < l.paragraphCount(); p++) {
            if (l.paragraphEnd(p) - l.paragraphStart(p) > l.paragraphEnd(par) - l.paragraphStart(par)) {
                par = p;
            }
        }
        int ps = l.paragraphStart(par);
        int len = l.paragraphEnd(par) - ps;
        assertThat(len).as("the longest turn wraps over several lines").isGreaterThan(300);
        int start = ps + len / 3;
        int end = ps + 2 * len / 3;
        int paragraph = par;
        robot.interact(() -> {
            area.showParagraphAtCenter(paragraph);
            area.selectRange(start, end);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> vm.applyCode(code("Peer coaching").id()));
        Coding made = codingsAt(start, end).getFirst();
        robot.interact(() -> session.coding().setMemo(made.id(), "The middle of the story"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> area.layout());

        CodingMargin margin = view.liveMargins().stream().filter(m -> m.paragraph() == paragraph).findFirst().orElseThrow();
        javafx.scene.Node bar = robot.from(margin).lookup(".coding-stripe")
                                     .match(n -> n.getUserData() instanceof CodingLayout.Stripe st && st.codingId() == made.id()).query();
        Bounds barBounds = bar.getBoundsInParent();
        Bounds[] lines = new Bounds[2];
        robot.interact(() -> {
            lines[0] = margin.screenToLocal(area.getCharacterBoundsOnScreen(start, start + 1).orElseThrow());
            lines[1] = margin.screenToLocal(area.getCharacterBoundsOnScreen(end - 1, end).orElseThrow());
        });
        Bounds startLine = lines[0];
        Bounds endLine = lines[1];
        // only the coded lines: not from the top of the turn, not to its bottom
        assertThat(barBounds.getMinY()).isGreaterThan(12).isCloseTo(startLine.getMinY(), org.assertj.core.data.Offset.offset(3.0));
        assertThat(barBounds.getMaxY()).isLessThan(margin.getHeight() - 12)
                                       .isCloseTo(endLine.getMaxY(), org.assertj.core.data.Offset.offset(3.0));
        // the code's name on the stripe and a memo marker beside it
        assertThat(margin.stripeLabels()).anySatisfy(n -> assertThat(n.getStyleClass()).contains("coding-memo-marker"));
        assertThat(margin.stripeLabels()).anySatisfy(n -> {
            assertThat(n).isInstanceOf(javafx.scene.text.Text.class);
            assertThat(((javafx.scene.text.Text) n).getText()).isEqualTo("Peer coaching");
        });
    }

    @Test
    void altDragKeepsTheExactCharacters(FxRobot robot) {
        openDocument(robot);
        String phrase = "kvart i otte";
        int start = select(robot, phrase);
        robot.interact(() -> area.deselect());
        robot.press(KeyCode.ALT);
        robot.drag(pointOf(robot, start + 2), MouseButton.PRIMARY).dropTo(pointOf(robot, start + phrase.length() - 2));
        dev.passage.ui.MonocleDrags.forgetPlainDrag();
        robot.release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(phrase).contains(area.getSelectedText());
        assertThat(area.getSelectedText()).isNotEqualTo(phrase).isNotEmpty();
    }

    @Test
    void undoFromTheHistoryRefreshesTheViewAndKeepsTheScrollPosition(FxRobot robot) {
        openDocument(robot);
        String phrase = "Ingen sagde noget om, at det var dumt";
        int start = select(robot, phrase);
        robot.interact(() -> area.layout());
        double scrollBefore = area.getEstimatedScrollY();
        int firstVisible = area.firstVisibleParToAllParIndex();

        robot.type(KeyCode.C);
        robot.write("fixed");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        Code fixed = code("Mindset/Fixed mindset");
        assertThat(area.getStyleOfChar(start + 1)).contains("code-" + fixed.id());
        assertThat(area.firstVisibleParToAllParIndex()).isEqualTo(firstVisible);
        assertThat(area.getEstimatedScrollY()).isCloseTo(scrollBefore, org.assertj.core.data.Offset.offset(1.0));

        robot.interact(() -> session.history().undo());
        assertThat(area.getStyleOfChar(start + 1)).doesNotContain("code-" + fixed.id());
        robot.interact(() -> session.history().redo());
        assertThat(area.getStyleOfChar(start + 1)).contains("code-" + fixed.id());
        assertThat(area.firstVisibleParToAllParIndex()).isEqualTo(firstVisible);
    }

    @Test
    void memoAndBoundariesOfAClickedCoding(FxRobot robot) {
        openDocument(robot);
        int start = select(robot, PHRASE);
        robot.interact(() -> vm.applyCode(code("Peer coaching").id()));
        Coding made = codingsAt(start, start + PHRASE.length()).getFirst();
        robot.interact(() -> area.deselect());
        robot.clickOn(pointOf(robot, start + 2));
        assertThat(context.selectedCodingProperty().get()).isEqualTo(made.id());

        robot.type(KeyCode.M);
        assertThat(view.memoEditor().isVisible()).isTrue();
        robot.write("A daily ritual");
        robot.press(KeyCode.CONTROL).type(KeyCode.ENTER).release(KeyCode.CONTROL);
        assertThat(session.coding().find(made.id()).memo()).isEqualTo("A daily ritual");
        assertThat(view.memoEditor().isVisible()).isFalse();

        String longer = PHRASE + ". Det varer højst et kvarter";
        int s = select(robot, longer);
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        assertThat(session.coding().find(made.id())).extracting(Coding::start, Coding::end).containsExactly(s, s + longer.length());
        assertThat(area.getStyleOfChar(s + longer.length() - 2)).contains("code-" + made.codeId(), "selected-coding");

        robot.interact(() -> area.deselect());
        robot.type(KeyCode.R);
        robot.write("silo");
        robot.type(KeyCode.ENTER);
        assertThat(session.coding().find(made.id()).codeId()).isEqualTo(code("Barriers/Silo work").id());
    }

    @Test
    void clickingAStripeSelectsItsCoding(FxRobot robot) {
        openDocument(robot);
        CodingMargin margin = view.liveMargins().stream().filter(m -> !m.shownStripes().isEmpty()).findFirst().orElseThrow();
        CodingLayout.Stripe stripe = margin.shownStripes().getFirst();
        javafx.scene.Node bar = robot.from(margin).lookup(".coding-stripe").query();
        String path = session.codebook().codebook().path(vm.layout().coding(stripe.codingId()).codeId());

        robot.moveTo(bar);
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.infoCard().isVisible()).isTrue();
        assertThat(robot.from(view.infoCard()).lookup(".coding-info-path").queryAs(Label.class).getText()).isEqualTo(path);

        robot.clickOn(bar);

        assertThat(context.selectedCodingProperty().get()).isEqualTo(stripe.codingId());
        assertThat(view.infoCard().isVisible()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".coding-stripe.selected").queryAll()).isNotEmpty();
    }

    @Test
    void hoveringATintShowsCodePathCoderAndMemo(FxRobot robot) {
        openDocument(robot);
        Coding first = vm.layout().codings().getFirst();
        String path = session.codebook().codebook().path(first.codeId());
        robot.interact(() -> area.showParagraphAtCenter(vm.layout().paragraphOf(first.start())));

        robot.moveTo(pointOf(robot, first.start() + 2));
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.infoCard().isVisible()).isTrue();
        assertThat(robot.from(view.infoCard()).lookup(".coding-info-path").queryAll())
            .anySatisfy(n -> assertThat(((Label) n).getText()).isEqualTo(path));
        assertThat(robot.from(view.infoCard()).lookup(".coding-info-meta").queryAll())
            .anySatisfy(n -> assertThat(((Label) n).getText()).startsWith(first.coder() + " · "));
    }

    @Test
    void shiftArrowsSelectAndTripleClickSelectsTheTurn(FxRobot robot) {
        openDocument(robot);
        int start = text.indexOf(PHRASE);
        robot.interact(() -> {
            area.moveTo(start);
            area.requestFocus();
        });
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 5).release(KeyCode.SHIFT);
        assertThat(context.transcriptSelectionProperty().get()).isEqualTo(new TextLocation(docId, start, start + 5));

        var turn = vm.documentProperty().get().turns().stream().filter(t -> t.start() <= start && start < t.end()).findFirst().orElseThrow();
        Point2D p = pointOf(robot, start + 2);
        robot.interact(() -> {
            Point2D local = area.screenToLocal(p);
            Event.fireEvent(area, new MouseEvent(MouseEvent.MOUSE_PRESSED, local.getX(), local.getY(), p.getX(), p.getY(), MouseButton.PRIMARY,
                                                 3, false, false, false, false, true, false, false, true, false, true, null));
        });
        assertThat(area.getSelection().getStart()).isEqualTo(turn.start());
        assertThat(area.getSelection().getEnd()).isEqualTo(turn.end());
    }

    @Test
    void ctrlFFindsInTheTranscript(FxRobot robot) throws Exception {
        openDocument(robot);
        robot.interact(() -> {
            area.moveTo(0);
            area.requestFocus();
        });

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(view.findBar().isVisible()).isTrue();
        robot.write("FEJL");
        // the search runs once typing pauses (debounced); on a busy machine that can happen before Enter is typed, and
        // then Enter moves on to the next hit. So wait for the search rather than racing it.
        int[] expected = TextFinder.find(text, "fejl", 5000);
        assertThat(expected).isNotEmpty();
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                                  () -> WaitForAsyncUtils.asyncFx(() -> java.util.Arrays.equals(view.findHits(), expected)).get());
        assertThat(view.findHits()).containsExactly(expected);
        assertThat(area.getSelection().getStart()).isEqualTo(expected[0]);
        assertThat(area.getStyleOfChar(expected[0] + 1)).contains("find-current");
        if (expected.length > 1) {
            assertThat(area.getStyleOfChar(expected[1] + 1)).contains("find-hit");
            robot.type(KeyCode.ENTER);
            assertThat(area.getSelection().getStart()).isEqualTo(expected[1]);
        }
        robot.type(KeyCode.ESCAPE);
        assertThat(view.findBar().isVisible()).isFalse();
        assertThat(area.getStyleOfChar(expected[0] + 1)).doesNotContain("find-hit", "find-current");
    }

    @Test
    void navigatingToAPassageScrollsSelectsAndFlashesIt(FxRobot robot) {
        String late = "Folk var bange for";
        int start = text.indexOf(late);
        assertThat(start).isPositive();

        robot.interact(() -> context.navigateTo(new TextLocation(docId, start, start + late.length())));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(area.getSelection().getStart()).isEqualTo(start);
        assertThat(area.getSelection().getEnd()).isEqualTo(start + late.length());
        assertThat(area.getStyleOfChar(start + 1)).contains("flash");
        assertThat(area.allParToVisibleParIndex(vm.layout().paragraphOf(start))).isPresent();
    }

    @Test
    void pressingCWithoutASelectionShowsAHint(FxRobot robot) {
        openDocument(robot);
        robot.interact(() -> {
            area.deselect();
            area.requestFocus();
        });

        robot.type(KeyCode.C);

        assertThat(view.picker().isVisible()).isFalse();
        assertThat(view.toast().isVisible()).isTrue();
        assertThat(view.toast().getText()).startsWith("Select some text first");
    }

    @Test
    void recolouringACodeRepaintsItsTintsAndStripes(FxRobot robot) {
        openDocument(robot);
        Coding first = vm.layout().codings().getFirst();

        robot.interact(() -> session.codebook().recolour(first.codeId(), "#FF0000"));

        String css = ((Parent) view.root()).getStylesheets().stream().filter(s -> s.startsWith("data:text/css;base64,"))
                                           .map(s -> new String(java.util.Base64.getDecoder().decode(s.substring(s.indexOf(',') + 1)),
                                                                java.nio.charset.StandardCharsets.UTF_8))
                                           .findFirst().orElseThrow();
        assertThat(css).contains(".tint-" + first.codeId() + " { -rtfx-background-color: rgba(255,0,0,0.24); }");
        List<javafx.scene.shape.Rectangle> bars = view.liveMargins().stream()
            .flatMap(m -> robot.from(m).lookup(".coding-stripe").queryAllAs(javafx.scene.shape.Rectangle.class).stream())
            .filter(b -> ((CodingLayout.Stripe) b.getUserData()).codingId() == first.id()).toList();
        assertThat(bars).isNotEmpty().allSatisfy(b -> assertThat(b.getFill()).isEqualTo(javafx.scene.paint.Color.web("#FF0000")));
        assertThat(area.getStyleOfChar(first.start())).contains("tint-" + first.codeId());
    }

    @Test
    void speaksDanish(FxRobot robot) {
        TranscriptView[] made = new TranscriptView[1];
        robot.interact(() -> {
            made[0] = new TranscriptView(vm, new Messages(java.util.Locale.of("da")));
            stage.getScene().setRoot((Parent) made[0].root());
        });
        TranscriptView danish = made[0];
        assertThat(danish.emptyTitle().getText()).isEqualTo("Åbn et dokument fra listen til venstre");
        openDocument(robot);
        select(robot, PHRASE);
        robot.interact(() -> danish.applyCodeWithPicker());
        assertThat(robot.from(danish.picker()).lookup(".code-picker-title").queryAs(Label.class).getText()).isEqualTo("ANVEND KODE");
        robot.interact(() -> Snapshots.write(danish.root(), "transcript-danish.png"));
    }

    @Test
    void rendersCardsAndEmptyStatesForALook(FxRobot robot) {
        robot.interact(() -> Snapshots.write(view.root(), "transcript-empty.png"));
        openDocument(robot);
        robot.interact(() -> area.requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("fejl");
        robot.type(KeyCode.ENTER);
        Coding c = vm.layout().codings().get(3);
        robot.interact(() -> {
            area.showParagraphAtTop(Math.max(0, vm.layout().paragraphOf(c.start()) - 2));
            area.layout();
        });
        robot.moveTo(pointOf(robot, c.start() + 3));
        WaitForAsyncUtils.sleep(900, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.write(view.root(), "transcript-card.png"));
        robot.moveTo(view.title());
        robot.interact(() -> {
            vm.selectCoding(c.id());
            view.editSelectedCodingMemo();
        });
        robot.write("Shows how mistakes become shared learning.");
        robot.interact(() -> Snapshots.write(view.root(), "transcript-memo.png"));
        robot.type(KeyCode.ESCAPE);
        assertThat(view.memoEditor().isVisible()).isFalse();
        robot.interact(() -> {
            stage.setWidth(680);
            view.root().applyCss();
            ((Parent) view.root()).layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.write(view.root(), "transcript-narrow.png"));
    }

    @Test
    void rendersInLightAndDarkForALook(FxRobot robot) {
        openDocument(robot);
        int start = select(robot, "Ingen sagde noget om");
        robot.interact(() -> {
            vm.applyCode(code("Barriers/Fear of blame").id());
            area.showParagraphAtTop(0);
            vm.selectCoding(vm.layout().codings().get(2).id());
            area.selectRange(start, start + 30);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.write(view.root(), "transcript-light.png"));
        robot.type(KeyCode.C);
        robot.write("s");
        robot.interact(() -> Snapshots.write(view.root(), "transcript-picker.png"));
        robot.type(KeyCode.ESCAPE);
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerDark().getUserAgentStylesheet());
            stage.getScene().getRoot().applyCss();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Snapshots.write(view.root(), "transcript-dark.png"));
        robot.type(KeyCode.C);
        robot.write("ba");
        robot.interact(() -> Snapshots.write(view.root(), "transcript-picker-dark.png"));
        robot.interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        assertThat(Files.exists(Path.of(System.getProperty("java.io.tmpdir"), "transcript-dark.png"))).isTrue();
    }
}
