package dev.passage.ui.app;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.TaskHandle;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: study, coder and counts on the left; the running background task with progress and Cancel on the right. */
final class StatusBar extends HBox {
    /** How long "Done: …" with its Undo, "Undone: …" or "Redone: …" stays. */
    static final javafx.util.Duration LAST_ACTION_SHOWN = javafx.util.Duration.seconds(8);
    private final Label taskLabel = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel;
    private final ObservableList<TaskHandle> running;

    StatusBar(MainViewModel vm, ObservableList<TaskHandle> running, Messages messages) {
        this.running = running;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setPadding(new Insets(3, 10, 3, 10));
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("status-main");
        Label last = new Label();
        last.textProperty().bind(vm.lastActionProperty());
        last.getStyleClass().add("status-muted");
        Button undoLast = new Button(messages.get("app.status.undoButton"));
        undoLast.getStyleClass().addAll("small", "flat", "status-undo");
        undoLast.setTooltip(new javafx.scene.control.Tooltip(messages.get("app.status.undoTooltip")));
        undoLast.visibleProperty().bind(vm.lastActionUndoableProperty());
        undoLast.managedProperty().bind(undoLast.visibleProperty());
        undoLast.setOnAction(e -> vm.undoLastAction());
        // the message is transient: it goes a few seconds after it appeared, or when the next action replaces it
        javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(LAST_ACTION_SHOWN);
        fade.setOnFinished(e -> {
            if (!undoLast.isFocused()) {
                vm.clearLastAction();
            }
        });
        vm.lastActionProperty().addListener((o, a, b) -> {
            if (b.isEmpty()) {
                fade.stop();
            } else {
                fade.playFromStart();
            }
        });
        // whose codings are shown, whenever it is not everyone's: a chip, never silent
        Label scope = new Label();
        scope.textProperty().bind(vm.scopeProperty());
        scope.getStyleClass().add("status-scope");
        scope.visibleProperty().bind(vm.scopeProperty().isNotEmpty());
        scope.managedProperty().bind(scope.visibleProperty());
        vm.blindProperty().addListener((o, a, b) -> {
            if (b) {
                scope.getStyleClass().add("blind");
            } else {
                scope.getStyleClass().remove("blind");
            }
        });
        if (vm.blindProperty().get()) {
            scope.getStyleClass().add("blind");
        }
        // who else is working in a team project now (hidden when nobody is, and for a folder project)
        var team = new dev.passage.ui.team.WorkingNowChip(new dev.passage.ui.team.WorkingNowViewModel(
            vm.context().session().team(), vm.context().tasks()::onUiThread, messages));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        progress.setPrefWidth(160);
        cancel = new Button(messages.get("common.cancel"));
        cancel.getStyleClass().addAll("small", "flat");
        cancel.setOnAction(e -> {
            if (!running.isEmpty()) {
                running.getFirst().cancel();
            }
        });
        getChildren().addAll(status, scope, team, last, undoLast, spacer, taskLabel, progress, cancel);
        // short tasks (a coding, a count) finish before the delay and never flicker in the status bar
        javafx.animation.PauseTransition delay = new javafx.animation.PauseTransition(javafx.util.Duration.millis(300));
        delay.setOnFinished(e -> showCurrent());
        running.addListener((ListChangeListener<TaskHandle>) c -> {
            if (running.isEmpty()) {
                delay.stop();
                showCurrent();
            } else {
                delay.playFromStart();
            }
        });
        showCurrent();
    }

    private void showCurrent() {
        boolean busy = !running.isEmpty();
        // always laid out, shown only while busy: the bar keeps its height and nothing above it moves when a task starts
        taskLabel.setVisible(busy);
        progress.setVisible(busy);
        cancel.setVisible(busy);
        if (busy) {
            TaskHandle t = running.getFirst();
            taskLabel.textProperty().unbind();
            taskLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> t.messageProperty().get().isEmpty() ? t.title() : t.title() + " · " + t.messageProperty().get(), t.messageProperty()));
            progress.progressProperty().unbind();
            progress.progressProperty().bind(t.progressProperty());
        } else {
            taskLabel.textProperty().unbind();
            progress.progressProperty().unbind();
        }
    }
}
