package dev.passage.ui.codebook;

import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import java.util.List;
import java.util.Locale;

/**
 * Choosing a code's colour: the palette first (colour-blind safe Okabe-Ito, then Tableau 10), any other colour through a
 * colour picker, and a preview of how coded text and the swatch will look. The result is "#RRGGBB".
 */
final class CodeColourDialog extends Dialog<String> {
    private final ToggleGroup group = new ToggleGroup();
    private ColorPicker picker;
    private final Rectangle previewSwatch = new Rectangle(12, 12);
    private final Label previewName = new Label();
    private final Label previewText;
    private String chosen;

    CodeColourDialog(CodeRow code, List<String> palette, Messages messages, String stylesheet) {
        setTitle(messages.get("codebook.colour.title"));
        setHeaderText(null);
        chosen = code.colour();

        Label heading = new Label(messages.get("codebook.colour.header", code.name()));
        heading.getStyleClass().add("dialog-heading");
        Label paletteLabel = new Label(messages.get("codebook.colour.palette"));
        paletteLabel.getStyleClass().add("form-label");

        TilePane tiles = new TilePane(6, 6);
        tiles.setPrefColumns(9);
        tiles.getStyleClass().add("colour-tiles");
        ButtonType apply = new ButtonType(messages.get("codebook.colour.apply"), ButtonBar.ButtonData.OK_DONE);
        for (String hex : palette) {
            ToggleButton b = new ToggleButton();
            Region chip = new Region();
            chip.getStyleClass().add("colour-chip");
            chip.setStyle("-fx-background-color: " + hex + ";");
            chip.setMinSize(24, 24);
            chip.setPrefSize(24, 24);
            b.setGraphic(chip);
            b.getStyleClass().add("colour-choice");
            b.setUserData(hex);
            b.setToggleGroup(group);
            b.setTooltip(new Tooltip(hex));
            b.setAccessibleText(hex);
            b.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                    choose(hex);
                    setResult(chosen);
                    close();
                }
            });
            if (hex.equalsIgnoreCase(code.colour())) {
                b.setSelected(true);
            }
            tiles.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                choose((String) now.getUserData());
            } else if (old != null && this.picker != null && hex(this.picker.getValue()).equalsIgnoreCase((String) old.getUserData())) {
                group.selectToggle(old); // a palette colour stays chosen until another is picked
            }
        });

        Label customLabel = new Label(messages.get("codebook.colour.custom"));
        customLabel.getStyleClass().add("form-label");
        picker = new ColorPicker(CodeColours.parse(code.colour()));
        picker.getStyleClass().add("colour-picker");
        picker.setOnAction(e -> {
            String hex = hex(picker.getValue());
            group.getToggles().stream().filter(t -> hex.equalsIgnoreCase((String) t.getUserData())).findFirst()
                 .ifPresentOrElse(group::selectToggle, () -> {
                     group.selectToggle(null);
                     choose(hex);
                 });
        });
        HBox custom = new HBox(10, customLabel, picker);
        custom.setAlignment(Pos.CENTER_LEFT);

        previewName.setText(code.name());
        previewName.getStyleClass().add("code-name");
        previewSwatch.setArcWidth(4);
        previewSwatch.setArcHeight(4);
        HBox previewCode = new HBox(7, previewSwatch, previewName);
        previewCode.setAlignment(Pos.CENTER_LEFT);
        previewText = new Label(messages.get("codebook.colour.preview"));
        previewText.getStyleClass().add("colour-preview-text");
        VBox preview = new VBox(8, previewCode, previewText);
        preview.getStyleClass().add("colour-preview");

        VBox content = new VBox(12, heading, paletteLabel, tiles, custom, preview);
        content.getStyleClass().add("colour-form");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().setAll(apply, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        getDialogPane().getStyleClass().add("codebook-dialog");
        getDialogPane().getStylesheets().add(stylesheet);
        setResultConverter(button -> button == apply ? chosen : null);
        choose(code.colour());
        setOnShown(e -> Platform.runLater(() -> {
            var selected = group.getSelectedToggle();
            if (selected instanceof ToggleButton b) {
                b.requestFocus();
            } else if (!group.getToggles().isEmpty()) {
                ((ToggleButton) group.getToggles().getFirst()).requestFocus();
            }
        }));
    }

    private void choose(String hex) {
        chosen = hex.toUpperCase(Locale.ROOT);
        Color c = CodeColours.parse(chosen);
        previewSwatch.setFill(c);
        previewSwatch.setStroke(c.darker());
        previewText.setStyle("-fx-background-color: " + CodeColours.cssTint(chosen, 0.30) + "; -fx-border-color: transparent transparent "
                             + chosen + " transparent;");
        if (picker != null && !hex(picker.getValue()).equalsIgnoreCase(chosen)) {
            picker.setValue(c);
        }
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                             Math.round(c.getBlue() * 255));
    }
}
