package dev.passage.ui.exchange;

import dev.passage.model.Language;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * File &gt; Import REFI-QDA project: the file, the new project folder and the texts' language; "Import" starts the import in
 * the background and closes the dialog (the report and the new project follow).
 */
final class RefiImportDialog extends Dialog<Void> {
    RefiImportDialog(RefiImportViewModel vm, Window owner) {
        Messages m = vm.messages();
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("exchange.import.title"));
        setHeaderText(m.get("exchange.import.header"));
        getDialogPane().getStyleClass().add("refi-import-dialog");
        getDialogPane().getStylesheets().add(RefiImportDialog.class.getResource("exchange.css").toExternalForm());

        Label file = pathLabel("import-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> vm.fileProperty().get() == null ? m.get("exchange.import.noFile")
                                                                    : vm.fileProperty().get().toString(), vm.fileProperty()));
        Button chooseFile = new Button(m.get("exchange.import.chooseFile"));
        chooseFile.getStyleClass().add("choose-file");
        chooseFile.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chooseFile.setOnAction(e -> vm.chooseFile());

        Label folder = pathLabel("import-folder");
        folder.textProperty().bind(Bindings.createStringBinding(() -> vm.folderProperty().get() == null ? m.get("exchange.import.noFolder")
                                                                      : vm.folderProperty().get().toString(), vm.folderProperty()));
        Button chooseFolder = new Button(m.get("exchange.import.chooseFolder"));
        chooseFolder.getStyleClass().add("choose-folder");
        chooseFolder.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        chooseFolder.setOnAction(e -> vm.chooseFolder());

        ComboBox<Language> language = new ComboBox<>();
        language.getItems().setAll(vm.languages());
        language.getStyleClass().add("import-language");
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language l) {
                return l == null ? "" : m.get("exchange.language." + l.code());
            }

            @Override
            public Language fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        language.valueProperty().bindBidirectional(vm.languageProperty());
        Label languageHint = new Label(m.get("exchange.import.languageHint"));
        languageHint.getStyleClass().add("export-hint");

        GridPane grid = new GridPane(10, 10);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, grow, new ColumnConstraints());
        grid.addRow(0, fieldLabel(m.get("exchange.import.file")), file, chooseFile);
        grid.addRow(1, fieldLabel(m.get("exchange.import.folder")), folder, chooseFolder);
        grid.addRow(2, fieldLabel(m.get("exchange.import.language")), language);
        grid.add(languageHint, 1, 3, 2, 1);

        Label note = new Label(m.get("exchange.import.note"));
        note.getStyleClass().add("export-hint");
        note.setWrapText(true);
        VBox content = new VBox(14, grid, note);
        content.setPadding(new Insets(12, 18, 6, 18));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(720);
        getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // opens at the preferred width, then may shrink
        setOnShown(e -> getDialogPane().setMinWidth(520));

        ButtonType importType = new ButtonType(m.get("exchange.import.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(importType, new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node importButton = getDialogPane().lookupButton(importType);
        importButton.getStyleClass().addAll("accent", "import-button");
        importButton.disableProperty().bind(vm.canImportProperty().not());
        importButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.importProject()) {
                e.consume();
            }
        });
        setResultConverter(button -> null);
    }

    private static Label pathLabel(String styleClass) {
        Label l = new Label();
        l.getStyleClass().addAll("import-path", styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
        return l;
    }

    private static Label fieldLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("import-label");
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }
}
