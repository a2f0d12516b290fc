package dev.passage.ui;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** The headless UI test set-up (TestFX on Monocle) works with JavaFX 25, RichTextFX and AtlantaFX in this build. */
@ExtendWith(ApplicationExtension.class)
class HeadlessToolkitTest {
    private Label label;
    private StyleClassedTextArea area;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        label = new Label("not clicked");
        Button button = new Button("Click me");
        button.setOnAction(e -> label.setText("clicked"));
        area = new StyleClassedTextArea();
        area.replaceText("Vi taler åbent om fejlene.");
        area.setStyleClass(3, 8, "coded");
        stage.setScene(new Scene(new VBox(button, label, area), 400, 300));
        stage.show();
    }

    @Test
    void clicksAndStyledTextWork(FxRobot robot) {
        robot.clickOn("Click me");
        assertThat(label.getText()).isEqualTo("clicked");
        assertThat(area.getStyleOfChar(4)).contains("coded");
        assertThat(area.getText()).isEqualTo("Vi taler åbent om fejlene.");
    }
}
