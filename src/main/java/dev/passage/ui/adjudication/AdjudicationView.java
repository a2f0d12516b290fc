package dev.passage.ui.adjudication;

import dev.passage.adjudication.Disagreement;
import dev.passage.model.Verdict;
import dev.passage.ui.adjudication.AdjudicationViewModel.CodeChoice;
import dev.passage.ui.adjudication.AdjudicationViewModel.Side;
import dev.passage.ui.common.Messages;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The Disagreements window's content: the choices on top, the numbered passages on the left, and on the right the current
 * passage side by side as coder A and coder B coded it (their codings tinted, the context around it muted), the consensus
 * once resolved, a note, Accept A / Accept B / Both / Neither and previous/next.
 */
public final class AdjudicationView {
    private final AdjudicationViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final ListView<Disagreement> list = new ListView<>();
    private final StyleClassedTextArea textA = area("adjudication-text-a");
    private final StyleClassedTextArea textB = area("adjudication-text-b");
    private final StyleClassedTextArea textConsensus = area("adjudication-text-consensus");
    private final Label headerA = new Label();
    private final Label headerB = new Label();
    private final Label headerConsensus = new Label();
    private final Button acceptA = new Button();
    private final Button acceptB = new Button();
    private boolean selecting;

    public AdjudicationView(AdjudicationViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId("adjudication");
        root.getStyleClass().add("adjudication-view");
        root.getStylesheets().add(AdjudicationView.class.getResource("/dev/passage/ui/adjudication/adjudication.css").toExternalForm());
        root.setTop(choices());
        SplitPane split = new SplitPane(passageList(), detail());
        split.setDividerPositions(0.27);
        root.setCenter(split);
        root.setBottom(statusLine());
    }

    public Parent root() {
        return root;
    }

    private javafx.scene.layout.FlowPane choices() {
        ComboBox<String> a = new ComboBox<>(vm.coders());
        a.setId("adjudication-coder-a");
        a.valueProperty().bindBidirectional(vm.coderAProperty());
        ComboBox<String> b = new ComboBox<>(vm.coders());
        b.setId("adjudication-coder-b");
        b.valueProperty().bindBidirectional(vm.coderBProperty());
        ComboBox<CodeChoice> code = new ComboBox<>(vm.codes());
        code.setId("adjudication-code");
        code.valueProperty().bindBidirectional(vm.codeProperty());
        code.setPrefWidth(240);
        TextField consensus = new TextField();
        consensus.setId("adjudication-consensus");
        consensus.textProperty().bindBidirectional(vm.consensusProperty());
        consensus.setPrefColumnCount(10);
        consensus.setTooltip(new Tooltip(m.get("adjudication.consensusTip")));
        consensus.setOnAction(e -> vm.find());
        consensus.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.find();
            }
        });
        javafx.scene.control.CheckBox shared = new javafx.scene.control.CheckBox(m.get("adjudication.sharedOnly"));
        shared.setId("adjudication-shared");
        shared.selectedProperty().bindBidirectional(vm.sharedOnlyProperty());
        shared.setTooltip(new Tooltip(m.get("adjudication.sharedOnlyTip")));
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(8, 6, pair("adjudication.coderA", a), pair("adjudication.coderB", b),
                                                                          pair("adjudication.code", code), pair("adjudication.consensus", consensus),
                                                                          shared);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setHgap(18);
        box.setPadding(new Insets(8, 10, 8, 10));
        box.getStyleClass().add("adjudication-choices");
        return box;
    }

    private VBox passageList() {
        list.setId("adjudication-list");
        list.setItems(vm.passages());
        list.setCellFactory(v -> new ListCell<>() {
            {
                setPrefWidth(0); // as wide as the list: long names end in "…" instead of scrolling sideways
            }

            @Override
            protected void updateItem(Disagreement p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().remove("adjudication-resolved");
                setText(null);
                if (empty || p == null) {
                    setGraphic(null);
                    return;
                }
                Label first = new Label(m.get(p.resolved() ? "adjudication.row.resolved" : "adjudication.row.open", p.number(), p.code()));
                first.getStyleClass().add("adjudication-row-code");
                Label second = new Label(m.get("adjudication.place", p.document(), p.start(), p.end()));
                second.getStyleClass().add("adjudication-row-place");
                first.setMaxWidth(Double.MAX_VALUE);
                second.setMaxWidth(Double.MAX_VALUE);
                VBox lines = new VBox(1, first, second);
                lines.setMinWidth(0);
                setGraphic(lines);
                if (p.resolved()) {
                    getStyleClass().add("adjudication-resolved");
                }
            }
        });
        Label placeholder = new Label();
        placeholder.textProperty().bind(vm.statusProperty());
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            if (!selecting && is.intValue() >= 0) {
                vm.select(is.intValue());
            }
        });
        vm.indexProperty().addListener((o, was, is) -> syncSelection());
        vm.passages().addListener((javafx.collections.ListChangeListener<Disagreement>) c -> syncSelection());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox box = new VBox(list);
        box.setMinWidth(200);
        return box;
    }

    private void syncSelection() {
        selecting = true;
        try {
            int i = vm.indexProperty().get();
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
            }
        } finally {
            selecting = false;
        }
    }

    private VBox detail() {
        Label position = new Label();
        position.setId("adjudication-position");
        position.getStyleClass().add("adjudication-position");
        position.textProperty().bind(vm.positionProperty());
        position.setWrapText(true);
        Label place = new Label();
        place.setId("adjudication-place");
        place.getStyleClass().add("adjudication-place");
        place.textProperty().bind(vm.placeProperty());
        Label decision = new Label();
        decision.setId("adjudication-decision");
        decision.getStyleClass().add("adjudication-decision");
        decision.textProperty().bind(vm.decisionProperty());

        VBox columnA = column(headerA, textA, "adjudication-side-a");
        VBox columnB = column(headerB, textB, "adjudication-side-b");
        HBox sides = new HBox(10, columnA, columnB);
        HBox.setHgrow(columnA, Priority.ALWAYS);
        HBox.setHgrow(columnB, Priority.ALWAYS);
        VBox.setVgrow(sides, Priority.ALWAYS);
        VBox consensus = column(headerConsensus, textConsensus, "adjudication-side-consensus");
        consensus.setPrefHeight(130);
        consensus.visibleProperty().bind(vm.sideConsensusProperty().isNotNull());
        consensus.managedProperty().bind(consensus.visibleProperty());

        vm.sideAProperty().addListener((o, was, s) -> show(s, textA, headerA, "adjudication.sideA", "adjudication-coded-a"));
        vm.sideBProperty().addListener((o, was, s) -> show(s, textB, headerB, "adjudication.sideB", "adjudication-coded-b"));
        vm.sideConsensusProperty().addListener((o, was, s) -> show(s, textConsensus, headerConsensus, "adjudication.sideConsensus",
                                                                   "adjudication-coded-consensus"));

        TextArea note = new TextArea();
        note.setId("adjudication-note");
        note.setPromptText(m.get("adjudication.notePrompt"));
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(vm.noteProperty());

        acceptA.setId("adjudication-accept-a");
        acceptB.setId("adjudication-accept-b");
        acceptA.setOnAction(e -> vm.accept(Verdict.A));
        acceptB.setOnAction(e -> vm.accept(Verdict.B));
        acceptA.getStyleClass().add("adjudication-button-a");
        acceptB.getStyleClass().add("adjudication-button-b");
        Button both = button("adjudication-both", "adjudication.both", () -> vm.accept(Verdict.BOTH));
        Button neither = button("adjudication-neither", "adjudication.neither", () -> vm.accept(Verdict.NEITHER));
        both.setTooltip(new Tooltip(m.get("adjudication.bothTip")));
        neither.setTooltip(new Tooltip(m.get("adjudication.neitherTip")));
        for (Button d : new Button[] {acceptA, acceptB, both, neither}) {
            d.disableProperty().bind(vm.canDecideProperty().not().or(vm.busyProperty()));
        }
        Button previous = button("adjudication-previous", "adjudication.previous", vm::previous);
        Button next = button("adjudication-next", "adjudication.next", vm::next);
        previous.disableProperty().bind(vm.indexProperty().lessThanOrEqualTo(0));
        next.disableProperty().bind(vm.indexProperty().greaterThanOrEqualTo(javafx.beans.binding.Bindings.size(vm.passages()).subtract(1)));
        Button reveal = button("adjudication-reveal", "adjudication.reveal", vm::showInTranscript);
        reveal.disableProperty().bind(vm.canDecideProperty().not());
        for (Button d : new Button[] {acceptA, acceptB, both, neither, previous, next, reveal}) {
            d.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox buttons = new HBox(8, acceptA, acceptB, both, neither);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        position.setMinWidth(0);
        HBox top = new HBox(8, position, gap, previous, next, reveal);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox box = new VBox(6, top, place, decision, sides, consensus, label("adjudication.note"), note, buttons);
        box.setPadding(new Insets(10));
        return box;
    }

    private void show(Side s, StyleClassedTextArea area, Label header, String headerKey, String codedClass) {
        if (s == null) {
            area.clear();
            header.setText("");
            if (area == textA) {
                acceptA.setText(m.get("adjudication.acceptA", "A"));
            } else if (area == textB) {
                acceptB.setText(m.get("adjudication.acceptB", "B"));
            }
            return;
        }
        header.setText(m.get(headerKey, s.coder(), s.coded().isEmpty() ? m.get("adjudication.notCoded") : ""));
        if (area == textA) {
            acceptA.setText(m.get("adjudication.acceptA", s.coder()));
        } else if (area == textB) {
            acceptB.setText(m.get("adjudication.acceptB", s.coder()));
        }
        area.replaceText(s.text());
        int length = s.text().length();
        if (s.passageStart() > 0) {
            area.setStyleClass(0, Math.min(s.passageStart(), length), "adjudication-context");
        }
        if (s.passageEnd() < length) {
            area.setStyleClass(Math.max(0, s.passageEnd()), length, "adjudication-context");
        }
        for (int[] r : s.coded()) {
            area.setStyleClass(r[0], r[1], codedClass);
        }
        area.moveTo(Math.min(Math.max(0, s.passageStart()), length));
        area.requestFollowCaret();
    }

    private VBox column(Label header, StyleClassedTextArea area, String id) {
        header.getStyleClass().add("adjudication-side-header");
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(4, header, scroll);
        box.setId(id);
        box.getStyleClass().add("adjudication-side");
        box.setPrefWidth(300);
        return box;
    }

    private static StyleClassedTextArea area(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.getStyleClass().add("adjudication-text");
        area.setEditable(false);
        area.setWrapText(true);
        return area;
    }

    private HBox statusLine() {
        Label status = new Label();
        status.setId("adjudication-status");
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("adjudication-muted");
        Label last = new Label();
        last.setId("adjudication-last");
        last.textProperty().bind(vm.lastActionProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Label hint = new Label(m.get("adjudication.undoHint"));
        hint.getStyleClass().add("adjudication-muted");
        HBox box = new HBox(12, status, last, gap, hint);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("adjudication-status");
        return box;
    }

    /** A label and its field, kept together when the choices wrap. */
    private HBox pair(String key, javafx.scene.Node field) {
        Label l = label(key);
        l.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(6, l, field);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Label label(String key) {
        return new Label(m.get(key));
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(m.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The list of passages (for tests). */
    ListView<Disagreement> list() {
        return list;
    }

    StyleClassedTextArea textA() {
        return textA;
    }

    StyleClassedTextArea textB() {
        return textB;
    }
}
