package dev.passage.ui.mixed;

import dev.passage.ui.common.Messages;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The "Joint displays" dock view: tabs for the code x unit matrix, codes by unit score, the crosstab and quantitizing.
 * Only the tab on screen computes; each recomputes when the data change.
 */
public final class JointDisplaysView {
    private final JointDisplaysViewModel vm;
    private final TabPane tabs = new TabPane();
    private final MatrixView matrix;
    private final ScoreView score;
    private final CrosstabView crosstab;
    private final QuantitizeView quantitize;

    public JointDisplaysView(JointDisplaysViewModel vm, Messages messages) {
        this.vm = vm;
        DisplayParts parts = new DisplayParts(messages);
        matrix = new MatrixView(vm.matrix(), parts);
        score = new ScoreView(vm.score(), parts);
        crosstab = new CrosstabView(vm.crosstab(), parts);
        quantitize = new QuantitizeView(vm.quantitize(), parts);
        tabs.getStyleClass().add("mixed-view");
        tabs.getStylesheets().add(JointDisplaysView.class.getResource("mixed.css").toExternalForm());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setTabMinWidth(110);
        tabs.setTabMaxWidth(320);
        tabs.getTabs().addAll(tab(messages.get("mixed.tab.matrix"), matrix.root(), "mixed-tab-matrix"),
                              tab(messages.get("mixed.tab.score"), score.root(), "mixed-tab-score"),
                              tab(messages.get("mixed.tab.crosstab"), crosstab.root(), "mixed-tab-crosstab"),
                              tab(messages.get("mixed.tab.quantitize"), quantitize.root(), "mixed-tab-quantitize"));
        tabs.getSelectionModel().select(vm.displayProperty().get().ordinal());
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (b.intValue() >= 0) {
                vm.displayProperty().set(JointDisplaysViewModel.Display.values()[b.intValue()]);
            }
        });
        vm.displayProperty().addListener((o, a, b) -> tabs.getSelectionModel().select(b.ordinal()));
    }

    private static Tab tab(String title, Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    /** The node to place in the dock. */
    public Node root() {
        return tabs;
    }

    /** Shows one of the displays (for the Analyse menu's items). */
    public void show(JointDisplaysViewModel.Display display) {
        vm.displayProperty().set(display);
    }

    MatrixView matrix() {
        return matrix;
    }

    ScoreView score() {
        return score;
    }

    CrosstabView crosstab() {
        return crosstab;
    }

    QuantitizeView quantitize() {
        return quantitize;
    }
}
