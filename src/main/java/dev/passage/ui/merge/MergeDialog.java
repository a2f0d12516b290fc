package dev.passage.ui.merge;

import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;

/**
 * File &gt; Merge project…: the coder's copy (a project folder or a .qdpx), the preview of what the merge will add, match and
 * find in conflict, and "Merge", which starts the merge and closes the dialog (the report follows).
 */
final class MergeDialog extends Dialog<Void> {
    MergeDialog(MergeViewModel vm, Window owner) {
        Messages m = vm.messages();
        if (owner != null) {
            initOwner(owner);
        }
        setTitle(m.get("merge.title"));
        setHeaderText(m.get("merge.header"));
        getDialogPane().getStyleClass().add("merge-dialog");
        getDialogPane().getStylesheets().add(MergeDialog.class.getResource("merge.css").toExternalForm());

        Label copyLabel = new Label(m.get("merge.copy"));
        copyLabel.getStyleClass().add("merge-label");
        copyLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label path = new Label();
        path.getStyleClass().add("merge-path");
        path.setMaxWidth(Double.MAX_VALUE);
        path.setTextOverrun(OverrunStyle.LEADING_ELLIPSIS);
        path.textProperty().bind(Bindings.createStringBinding(() -> vm.otherProperty().get() == null ? m.get("merge.noCopy")
                                                                    : vm.otherProperty().get().toString(), vm.otherProperty()));
        HBox.setHgrow(path, Priority.ALWAYS);
        Button folder = new Button(m.get("merge.chooseFolder"));
        folder.getStyleClass().add("choose-folder");
        folder.setMinWidth(Region.USE_PREF_SIZE);
        folder.setOnAction(e -> vm.chooseFolder());
        Button file = new Button(m.get("merge.chooseFile"));
        file.getStyleClass().add("choose-qdpx");
        file.setMinWidth(Region.USE_PREF_SIZE);
        file.setOnAction(e -> vm.chooseQdpx());
        HBox chooser = new HBox(10, copyLabel, path, folder, file);
        chooser.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        Label status = new Label();
        status.getStyleClass().add("merge-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());

        Label added = summary("merge-added");
        Label matched = summary("merge-matched");
        Label conflicts = summary("merge-conflicts");
        vm.previewProperty().addListener((obs, was, report) -> {
            List<String> lines = report == null ? List.of("", "", "") : vm.summary(report);
            added.setText(lines.get(0));
            matched.setText(lines.get(1));
            conflicts.setText(lines.get(2));
            conflicts.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("some"), report != null && !report.conflicts().isEmpty());
        });
        VBox summaries = new VBox(4, added, matched, conflicts);
        summaries.visibleProperty().bind(vm.previewProperty().isNotNull());
        summaries.managedProperty().bind(summaries.visibleProperty());

        ListView<MergeViewModel.Line> details = new ListView<>(vm.lines());
        details.getStyleClass().add("merge-details");
        details.setPrefHeight(260);
        details.setPlaceholder(new Label(m.get("merge.noDetails")));
        details.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(MergeViewModel.Line line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("line-added", "line-matched", "line-conflict", "line-not-carried");
                if (empty || line == null) {
                    setText(null);
                    return;
                }
                String mark = switch (line.kind()) {
                    case ADDED -> m.get("merge.mark.added");
                    case MATCHED -> m.get("merge.mark.matched");
                    case CONFLICT -> m.get("merge.mark.conflict");
                    case NOT_CARRIED -> m.get("merge.mark.notCarried");
                };
                setText(mark + "  " + line.text());
                setWrapText(true);
                setPrefWidth(0); // wrap to the list's width instead of scrolling sideways
                getStyleClass().add(switch (line.kind()) {
                    case ADDED -> "line-added";
                    case MATCHED -> "line-matched";
                    case CONFLICT -> "line-conflict";
                    case NOT_CARRIED -> "line-not-carried";
                });
            }
        });
        VBox.setVgrow(details, Priority.ALWAYS);

        Label note = new Label(m.get("merge.note"));
        note.getStyleClass().add("merge-hint");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);

        VBox content = new VBox(12, chooser, status, summaries, details, note);
        content.setPadding(new Insets(12, 18, 6, 18));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(780);
        getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        setOnShown(e -> getDialogPane().setMinWidth(560));
        setResizable(true);

        ButtonType mergeType = new ButtonType(m.get("merge.button"), ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(mergeType, new ButtonType(m.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Node mergeButton = getDialogPane().lookupButton(mergeType);
        mergeButton.getStyleClass().addAll("accent", "merge-button");
        mergeButton.disableProperty().bind(vm.canMergeProperty().not());
        mergeButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (!vm.merge()) {
                e.consume();
            }
        });
        setResultConverter(button -> null);
    }

    private static Label summary(String styleClass) {
        Label l = new Label();
        l.getStyleClass().addAll("merge-summary", styleClass);
        l.setWrapText(true);
        return l;
    }
}
