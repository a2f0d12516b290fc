package dev.passage.ui.mixed;

import dev.passage.ui.common.Messages;
import dev.passage.ui.common.WhereField;
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
    private final javafx.scene.layout.BorderPane root = new javafx.scene.layout.BorderPane();
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
        root.getStyleClass().add("mixed-joint");
        root.setTop(where(messages));
        root.setCenter(tabs);
    }

    /** The shared Where field with a chip per condition, and the note of a display that cannot take them. */
    private Node where(Messages m) {
        WhereField field = new WhereField(vm.where(), m.get("mixed.where"), m.get("mixed.wherePrompt"), m.get("mixed.whereTip"),
                                          f -> m.get("mixed.removeFilter", f));
        field.getStyleClass().add("mixed-where");
        javafx.scene.control.Label note = new javafx.scene.control.Label();
        note.getStyleClass().add("mixed-where-note");
        note.setStyle("-fx-text-fill: -color-warning-fg;");
        note.setWrapText(true);
        note.textProperty().bind(vm.whereNoteProperty());
        note.visibleProperty().bind(vm.whereNoteProperty().isNotEmpty());
        note.managedProperty().bind(note.visibleProperty());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(2, field, note);
        box.setPadding(new javafx.geometry.Insets(4, 8, 4, 8));
        return box;
    }

    /** The tabs of the displays. */
    TabPane tabs() {
        return tabs;
    }

    private static Tab tab(String title, Node content, String id) {
        Tab t = new Tab(title, content);
        t.setId(id);
        return t;
    }

    /** The node to place in the dock. */
    public Node root() {
        return root;
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
