package dev.passage.ui.team;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/** The status bar's "Working now: ann, ben" chip of a team project; hidden when nobody else is working (see the ViewModel). */
public final class WorkingNowChip extends Label {
    public WorkingNowChip(WorkingNowViewModel vm) {
        getStyleClass().addAll("status-scope", "status-team");
        setId("working-now");
        textProperty().bind(vm.textProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(vm.tooltipProperty());
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        setTooltip(tip);
        visibleProperty().bind(vm.shownProperty());
        managedProperty().bind(visibleProperty());
    }
}
