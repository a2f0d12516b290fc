package dev.passage.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Dialogs as JavaFX windows owned by the main window. Long messages are shown in a scrollable, selectable text area. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;
    private final Messages messages;

    public FxDialogService(Supplier<Window> owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void showInfo(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType ok = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(ok, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        return a.showAndWait().filter(ok::equals).isPresent();
    }

    @Override
    public boolean choose(String title, String message, String yes, String no) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType first = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        a.getButtonTypes().setAll(first, new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE));
        return a.showAndWait().filter(first::equals).isPresent();
    }

    @Override
    public Optional<char[]> askPassword(String title, String message) {
        javafx.scene.control.Dialog<char[]> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        javafx.scene.control.PasswordField field = new javafx.scene.control.PasswordField();
        field.setId("password-field");
        javafx.scene.control.Label label = new javafx.scene.control.Label(message);
        label.setWrapText(true);
        label.setLabelFor(field);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, label, field);
        box.setPrefWidth(380);
        d.getDialogPane().setContent(box);
        ButtonType ok = new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(ok, new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.getDialogPane().lookupButton(ok).disableProperty().bind(field.textProperty().isEmpty());
        d.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
        javafx.application.Platform.runLater(field::requestFocus);
        Optional<char[]> answer = d.showAndWait();
        field.clear();
        return answer;
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextInputDialog d = new TextInputDialog(initial == null ? "" : initial);
        d.initOwner(owner.get());
        d.setTitle(title);
        d.setHeaderText(null);
        d.setContentText(label);
        return d.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public List<Path> chooseFilesToImport() {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("common.importTitle"));
        fc.getExtensionFilters().addAll(
            new FileChooser.ExtensionFilter(messages.get("common.transcripts"), "*.txt", "*.md", "*.docx", "*.odt", "*.pdf", "*.vtt", "*.srt"),
            new FileChooser.ExtensionFilter(messages.get("common.allFiles"), "*"));
        List<File> files = fc.showOpenMultipleDialog(owner.get());
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle(title);
        return Optional.ofNullable(dc.showDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseProjectToOpen() {
        return chooseFolder(messages.get("common.openProjectTitle"));
    }

    @Override
    public Optional<Path> chooseNewProjectFolder() {
        FileChooser fc = new FileChooser();
        fc.setTitle(messages.get("common.newProjectTitle"));
        fc.setInitialFileName("my-study.passage");
        return Optional.ofNullable(fc.showSaveDialog(owner.get())).map(File::toPath).map(p ->
            p.getFileName().toString().endsWith(".passage") ? p : p.resolveSibling(p.getFileName() + ".passage"));
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        return Optional.ofNullable(fc.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, List<FileType> types) {
        FileChooser fc = chooser(title, types);
        fc.setInitialFileName(suggestedName);
        File chosen = fc.showSaveDialog(owner.get());
        if (chosen == null) {
            return Optional.empty();
        }
        FileType type = types.stream()
            .filter(t -> fc.getSelectedExtensionFilter() != null && t.description().equals(fc.getSelectedExtensionFilter().getDescription()))
            .findFirst().orElse(types.getFirst());
        return Optional.of(type.withExtension(chosen.toPath()));
    }

    private static FileChooser chooser(String title, List<FileType> types) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        for (FileType t : types) {
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(),
                t.extensions().stream().map(e -> e.equals("*") ? "*" : "*." + e).toList()));
        }
        if (!fc.getExtensionFilters().isEmpty()) {
            fc.setSelectedExtensionFilter(fc.getExtensionFilters().getFirst());
        }
        return fc;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner.get());
        a.setTitle(title);
        a.setHeaderText(title);
        if (type == Alert.AlertType.ERROR || type == Alert.AlertType.INFORMATION || type == Alert.AlertType.WARNING) {
            // JavaFX names its own buttons in the JVM's language: every text of the dialog comes from our bundles
            a.getButtonTypes().setAll(new ButtonType(messages.get("common.ok"), ButtonBar.ButtonData.OK_DONE));
        }
        if (message != null && (message.length() > 300 || message.lines().count() > 6)) {
            TextArea area = new TextArea(message);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(12);
            a.getDialogPane().setContent(area);
        } else {
            a.setContentText(message);
        }
        return a;
    }
}
