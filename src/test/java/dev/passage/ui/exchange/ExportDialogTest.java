package dev.passage.ui.exchange;

import dev.passage.session.ProjectSession;
import dev.passage.ui.UiFixtures;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.SynchronousTasks;
import dev.passage.session.SessionStores;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(ApplicationExtension.class)
class ExportDialogTest {
    @TempDir
    Path dir;
    ProjectSession session;
    ProjectContext context;
    UiFixtures.ScriptedDialogs dialogs;
    ExportDialog dialog;
    Stage stage;

    @BeforeAll
    static void buildSample(@TempDir Path warm) throws Exception {
        UiFixtures.sample(warm).close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        session = UiFixtures.sample(dir);
        context = UiFixtures.context(session, new SynchronousTasks());
        dialogs = new UiFixtures.ScriptedDialogs();
        stage.setScene(new Scene(new StackPane(new Label("workbench")), 1200, 800));
        stage.show();
        dialog = new ExportDialog(new ExportViewModel(context, dialogs), stage);
        dialog.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != stage).toList().forEach(Window::hide));
        context.detach();
        session.close();
    }

    private void check(FxRobot robot, String box, String label) {
        robot.clickOn(robot.lookup("." + box + " .choice-find").queryAs(TextField.class)).write(label);
        ListCell<?> cell = robot.lookup("." + box + " .list-cell")
                                .match((ListCell<?> c) -> c.getItem() != null && ((Choice) c.getItem()).label().equals(label))
                                .queryAs(ListCell.class);
        robot.clickOn(robot.from(cell).lookup(".check-box").queryAs(Node.class));
    }

    @Test
    void choosingFiltersAndExportingWritesTheFileAndCloses(FxRobot robot) throws Exception {
        robot.clickOn(".format-csv");
        check(robot, "codes-box", "Peer coaching");
        check(robot, "coders-box", "anna");

        assertThat(robot.lookup(".codes-box .choice-count").queryAs(Label.class).getText()).matches("1 of \\d+ checked");
        String preview = robot.lookup(".export-preview").queryAs(Label.class).getText();
        assertThat(preview).matches("\\d+ coded segments \\(1 code\\) will be exported\\.");
        int expected = Integer.parseInt(preview.substring(0, preview.indexOf(' ')));
        long peer = session.codebook().resolve("Peer coaching").id();
        int all = SessionStores.of(session).database().<Integer>read(a -> a.codings().forCodes(List.of(peer)).size());
        assertThat(expected).isBetween(1, all - 1); // anna's share

        dialogs.pathAnswers.add(dir.resolve("anna-peer.csv"));
        robot.clickOn(".export-button");

        List<String> lines = Files.readAllLines(dir.resolve("anna-peer.csv"), StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).startsWith("coding_id,code_path");
        assertThat(dialogs.infos).singleElement().asString().contains("Wrote " + expected + " coded excerpts");
        assertThat(dialog.isShowing()).isFalse();
    }

    @Test
    void csvForExcelIsOfferedUnderCsvOnlyAndWritesAByteOrderMarkWithTheLettersIntact(FxRobot robot) throws Exception {
        robot.clickOn(".format-xlsx");
        assertThat(robot.lookup(".csv-for-excel").queryAs(Node.class).isDisabled()).isTrue();
        robot.clickOn(".format-csv");
        assertThat(robot.lookup(".csv-for-excel").queryAs(Node.class).isDisabled()).isFalse();
        robot.clickOn(".csv-for-excel");

        dialogs.pathAnswers.add(dir.resolve("for-excel.csv"));
        robot.clickOn(".export-button");

        byte[] bytes = Files.readAllBytes(dir.resolve("for-excel.csv"));
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        char delimiter = java.text.DecimalFormatSymbols.getInstance(java.util.Locale.getDefault(java.util.Locale.Category.FORMAT))
                                                      .getDecimalSeparator() == ',' ? ';' : ',';
        assertThat(text.substring(1, text.indexOf('\n'))).startsWith("coding_id" + delimiter + "code_path");
        assertThat(text).contains("Søndervig"); // the sample's Danish letters as written
    }

    @Test
    void withoutAFileTheDialogStaysOpen(FxRobot robot) {
        robot.clickOn(".export-button");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(dialogs.infos).isEmpty();
    }

    @Test
    void refiFormatsTakeNoFiltersAndWriteTheWholeProject(FxRobot robot) throws Exception {
        assertThat(robot.lookup(".codes-box").queryAs(Node.class).isDisabled()).isFalse();
        robot.clickOn(".format-qdpx");
        assertThat(robot.lookup(".codes-box").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".variables-box").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".export-description").queryAs(Label.class).getText()).contains("REFI-QDA project exchange file");

        dialogs.pathAnswers.add(dir.resolve("all.qdpx"));
        robot.clickOn(".export-button");

        try (ZipFile zip = new ZipFile(dir.resolve("all.qdpx").toFile())) {
            assertThat(zip.getEntry("project.qde")).isNotNull();
        }
        assertThat(dialogs.infos).singleElement().asString().contains("Not carried over");
    }

    @Test
    void theReportKindIsOnlyForReports(FxRobot robot) {
        assertThat(robot.lookup(".report-kind").queryAs(Node.class).isDisabled()).isTrue();
        robot.clickOn(".format-docx");
        assertThat(robot.lookup(".report-kind").queryAs(Node.class).isDisabled()).isFalse();
        assertThat(robot.lookup(".variables-box").queryAs(Node.class).isDisabled()).isTrue();
        assertThat(robot.lookup(".codes-box").queryAs(Node.class).isDisabled()).isFalse();
    }
}
