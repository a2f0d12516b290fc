package dev.passage.ui.explore;

import dev.passage.ui.common.Messages;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.Comparator;
import java.util.List;

/**
 * The word frequencies: filters on top; the list (word, count, documents) on the left and a word cloud (font size by
 * count, alphabetical, theme colours) on the right. A click on a word (a double-click or Enter in the list) searches it.
 */
public final class WordFrequenciesView {
    private static final double SMALLEST = 12;
    private static final double LARGEST = 40;

    private final WordFrequenciesViewModel vm;
    private final Messages m;
    private final BorderPane root = new BorderPane();
    private final TableView<WordRow> table = new TableView<>();
    private final FlowPane cloud = new FlowPane(10, 4);

    public WordFrequenciesView(WordFrequenciesViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        root.setId("explore-words");
        root.setTop(filters());
        root.setCenter(body());
        Label status = new Label();
        status.textProperty().bind(vm.statusProperty());
        status.setId("explore-words-status");
        status.setPadding(new Insets(4, 8, 4, 8));
        root.setBottom(status);
        vm.words().addListener((ListChangeListener<WordRow>) c -> fillCloud());
    }

    public Node root() {
        return root;
    }

    private Node filters() {
        CheckBox stems = new CheckBox(m.get("explore.words.stems"));
        stems.setId("explore-words-stems");
        stems.selectedProperty().bindBidirectional(vm.stemsProperty());
        stems.setTooltip(new Tooltip(m.get("explore.words.stemsTip")));
        Button clear = new Button(m.get("explore.words.clear"));
        clear.setOnAction(e -> vm.clearFilters());
        FlowPane bar = new FlowPane(14, 6, choice("explore-words-code", m.get("explore.words.code"), vm.codes(), vm.codeProperty()),
                            choice("explore-words-document", m.get("explore.words.document"), vm.documents(), vm.documentProperty()),
                            choice("explore-words-unit", m.get("explore.words.unit"), vm.units(), vm.unitProperty()),
                            choice("explore-words-speaker", m.get("explore.words.speaker"), vm.speakers(), vm.speakerProperty()),
                            stems, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        stems.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return bar;
    }

    /** A labelled box whose first row, "All", means no filter. */
    private <T> Node choice(String id, String label, ObservableList<T> items, ObjectProperty<T> value) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(m.get("explore.words.all"));
        box.setPrefWidth(170);
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
        Label l = new Label(label);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setLabelFor(box);
        HBox pair = new HBox(4, l, box);
        pair.setAlignment(Pos.CENTER_LEFT);
        return pair;
    }

    private Node body() {
        table.setId("explore-words-table");
        table.setItems(vm.words());
        table.setPlaceholder(new Label(m.get("explore.words.none")));
        TableColumn<WordRow, String> word = new TableColumn<>(m.get("explore.words.word"));
        word.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().word()));
        word.setPrefWidth(140);
        TableColumn<WordRow, Long> count = new TableColumn<>(m.get("explore.words.count"));
        count.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().count()));
        count.setStyle("-fx-alignment: CENTER-RIGHT;");
        count.setPrefWidth(70);
        TableColumn<WordRow, Integer> docs = new TableColumn<>(m.get("explore.words.documents"));
        docs.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().documents()));
        docs.setStyle("-fx-alignment: CENTER-RIGHT;");
        table.getColumns().setAll(List.of(word, count, docs));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<WordRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.search(row.getItem());
                }
            });
            row.itemProperty().addListener((o, a, b) -> row.setTooltip(b == null ? null : new Tooltip(tip(b))));
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.search(table.getSelectionModel().getSelectedItem());
            }
        });
        cloud.setId("explore-words-cloud");
        cloud.setPadding(new Insets(12));
        cloud.setAlignment(Pos.CENTER);
        cloud.setRowValignment(javafx.geometry.VPos.BASELINE);
        ScrollPane scroll = new ScrollPane(cloud);
        scroll.setFitToWidth(true);
        Label hint = new Label(m.get("explore.words.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setPadding(new Insets(4, 8, 0, 8));
        VBox right = new VBox(hint, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        SplitPane split = new SplitPane(table, right);
        split.setDividerPositions(0.4);
        return split;
    }

    private String tip(WordRow w) {
        return w.forms().size() > 1 ? m.get("explore.words.formsTip", w.count(), w.documents(), String.join(", ", w.forms()))
                                    : m.get("explore.words.tip", w.count(), w.documents());
    }

    /** Words alphabetically, sized between 12 and 40 px by the square root of their count (areas follow counts). */
    private void fillCloud() {
        cloud.getChildren().clear();
        List<WordRow> words = List.copyOf(vm.words());
        if (words.isEmpty()) {
            return;
        }
        double max = Math.sqrt(words.stream().mapToLong(WordRow::count).max().orElse(1));
        double min = Math.sqrt(words.stream().mapToLong(WordRow::count).min().orElse(1));
        for (WordRow w : words.stream().sorted(Comparator.comparing(WordRow::word)).toList()) {
            double share = max > min ? (Math.sqrt(w.count()) - min) / (max - min) : 1;
            Hyperlink link = new Hyperlink(w.word());
            link.getStyleClass().add("explore-cloud-word");
            // the theme's text colours, stronger for the frequent words: readable on light and dark backgrounds
            link.setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx; -fx-text-fill: %s; -fx-border-width: 0;",
                                        SMALLEST + share * (LARGEST - SMALLEST),
                                        share > 0.5 ? "-color-accent-fg" : share > 0.2 ? "-color-fg-default" : "-color-fg-muted"));
            link.setTooltip(new Tooltip(tip(w)));
            link.setOnAction(e -> {
                link.setVisited(false);
                vm.search(w);
            });
            cloud.getChildren().add(link);
        }
    }
}
