package dev.passage.ui.search;

import dev.passage.ui.common.FilterChips;
import dev.passage.ui.common.Messages;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.util.function.Function;

/**
 * The search tab of the bottom dock: query field with syntax help, four filters, ranked keyword-in-context results, and
 * "code all hits". Clicking a row (or Enter on it) shows the passage in the transcript.
 *
 * <p>Shortcuts inside the view: Enter in the query searches at once (typing searches after a short pause), Esc clears the
 * query, Shift+F1 toggles the syntax help, Ctrl+F focuses the query, Ctrl+Shift+H codes all hits, Ctrl+Shift+A shows all hits / the first ones only,
 * Ctrl+Shift+Backspace clears the filters, Delete on a filter clears it, Enter or a click on a row opens the hit.
 */
public final class SearchView {
    private static final KeyCombination CODE_ALL = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination SHOW_ALL = new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final KeyCombination CLEAR_FILTERS = new KeyCodeCombination(KeyCode.BACK_SPACE, KeyCombination.SHORTCUT_DOWN,
                                                                               KeyCombination.SHIFT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination HELP = new KeyCodeCombination(KeyCode.F1, KeyCombination.SHIFT_DOWN);

    private final SearchViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final TextField queryField = new TextField();
    private final TableView<KwicRow> table = new TableView<>();
    private final VBox helpPane;
    private final PauseTransition debounce = new PauseTransition(Duration.millis(350));

    public SearchView(SearchViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.getStyleClass().add("search-view");
        root.getStylesheets().add(SearchView.class.getResource("search.css").toExternalForm());

        // query row
        queryField.setPromptText(messages.get("search.queryPrompt"));
        queryField.getStyleClass().add("search-query");
        queryField.textProperty().bindBidirectional(vm.queryProperty());
        queryField.setOnAction(e -> runSearch());
        queryField.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !queryField.getText().isEmpty()) {
                queryField.clear();
                e.consume();
            }
        });
        debounce.setOnFinished(e -> vm.search());
        queryField.textProperty().addListener((o, a, b) -> {
            if (queryField.isFocused()) {
                debounce.playFromStart();
            }
        });
        HBox.setHgrow(queryField, Priority.ALWAYS);
        Button help = new Button(messages.get("search.help"));
        help.getStyleClass().addAll("search-help-button", "flat");
        help.setMinWidth(Region.USE_PREF_SIZE);
        help.setFocusTraversable(false);
        help.setTooltip(new Tooltip(messages.get("search.helpTooltip")));
        help.setOnAction(e -> toggleSyntaxHelp());
        Button run = new Button(messages.get("search.run"));
        run.getStyleClass().add("search-run");
        run.setTooltip(new Tooltip(messages.get("search.runTooltip")));
        run.setOnAction(e -> runSearch());

        Label error = new Label();
        error.getStyleClass().add("search-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.syntaxErrorProperty());
        error.visibleProperty().bind(vm.syntaxErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        // filters
        Runnable refresh = vm::refreshChoicesIfStale;
        String clearTip = messages.get("search.clearFilter");
        FilterChooser code = new FilterChooser(messages.get("search.filterCode"), clearTip, vm.codePaths(), vm.codeFilterProperty(), refresh);
        code.getStyleClass().add("filter-code");
        code.button().setMaxWidth(300);
        FilterChooser document = new FilterChooser(messages.get("search.filterDocument"), clearTip, vm.documentNames(),
                                                   vm.documentFilterProperty(), refresh);
        document.getStyleClass().add("filter-document");
        document.button().setMaxWidth(300);
        FilterChooser set = new FilterChooser(messages.get("search.filterSet"), clearTip, vm.setNames(), vm.setFilterProperty(), refresh);
        set.getStyleClass().add("filter-set");
        set.button().setMaxWidth(200);
        // only when the project has sets: no empty chooser for those who never make one
        set.visibleProperty().bind(Bindings.isNotEmpty(vm.setNames()).or(vm.setFilterProperty().isNotNull()));
        set.managedProperty().bind(set.visibleProperty());
        FilterChooser speaker = new FilterChooser(messages.get("search.filterSpeaker"), clearTip, vm.speakers(), vm.speakerFilterProperty(),
                                                  refresh);
        speaker.getStyleClass().add("filter-speaker");
        speaker.button().setMaxWidth(220);
        FilterChooser unit = new FilterChooser(messages.get("search.filterUnit"), clearTip, vm.units(), vm.unitFilterProperty(), refresh);
        unit.getStyleClass().add("filter-unit");
        unit.button().setMaxWidth(240);
        Hyperlink clearAll = new Hyperlink(messages.get("search.clearFilters"));
        clearAll.getStyleClass().add("search-clear-filters");
        clearAll.setTooltip(new Tooltip(messages.get("search.clearFiltersTooltip")));
        clearAll.setOnAction(e -> clearFilters());
        clearAll.visibleProperty().bind(vm.codeFilterProperty().isNotNull().or(vm.documentFilterProperty().isNotNull())
                                          .or(vm.speakerFilterProperty().isNotNull()).or(vm.unitFilterProperty().isNotNull())
                                          .or(vm.setFilterProperty().isNotNull())
                                          .or(Bindings.isNotEmpty(vm.conditions())));
        clearAll.managedProperty().bind(clearAll.visibleProperty());
        queryField.setMinWidth(240);
        HBox queryRow = new HBox(6, queryField, help, run, gap(10), code, document, set, speaker, unit, clearAll);
        queryRow.setAlignment(Pos.CENTER_LEFT);
        queryRow.getStyleClass().add("search-query-row");

        // summary row
        Label summary = new Label();
        summary.getStyleClass().add("search-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label limited = new Label();
        limited.getStyleClass().add("search-limited");
        limited.textProperty().bind(Bindings.createStringBinding(
            () -> "· " + messages.get("search.showingFirst", vm.rows().size()), vm.rows()));
        limited.visibleProperty().bind(vm.limitedProperty());
        limited.managedProperty().bind(limited.visibleProperty());
        Hyperlink showAll = new Hyperlink();
        showAll.getStyleClass().add("search-show-all");
        showAll.setTooltip(new Tooltip(messages.get("search.showAllTooltip")));
        showAll.textProperty().bind(Bindings.createStringBinding(() -> vm.showAllProperty().get()
            ? messages.get("search.showFewer", SearchViewModel.DEFAULT_LIMIT) : messages.get("search.showAll"), vm.showAllProperty()));
        showAll.visibleProperty().bind(vm.limitedProperty().or(vm.showAllProperty().and(
            vm.totalHitsProperty().greaterThan(SearchViewModel.DEFAULT_LIMIT))));
        showAll.managedProperty().bind(showAll.visibleProperty());
        showAll.setOnAction(e -> toggleShowAll());
        Label status = new Label();
        status.getStyleClass().add("search-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button codeAll = new Button(messages.get("search.codeAll"));
        codeAll.getStyleClass().add("search-code-all");
        codeAll.setTooltip(new Tooltip(messages.get("search.codeAllTooltip")));
        codeAll.disableProperty().bind(vm.canCodeAllProperty().not());
        codeAll.setOnAction(e -> codeAllHits());
        codeAll.setMinWidth(Region.USE_PREF_SIZE);
        HBox summaryRow = new HBox(8, summary, limited, showAll, spacer, status, codeAll);
        summaryRow.setAlignment(Pos.CENTER_LEFT);
        summaryRow.getStyleClass().add("search-summary-row");

        VBox top = new VBox(6, queryRow, error, whereRow(), whereError(), summaryRow);
        top.getStyleClass().add("search-top");
        root.setTop(top);

        // results
        buildTable();
        root.setCenter(table);
        helpPane = buildHelp();
        helpPane.setVisible(false);
        helpPane.setManaged(false);
        root.setRight(helpPane);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (CODE_ALL.match(e)) {
                codeAllHits();
            } else if (SHOW_ALL.match(e)) {
                toggleShowAll();
            } else if (CLEAR_FILTERS.match(e)) {
                clearFilters();
            } else if (HELP.match(e)) {
                toggleSyntaxHelp();
            } else if (FIND.match(e)) {
                focusQuery(); // Ctrl+F in this pane searches here, as Ctrl+F filters the pane that has the focus
            } else {
                return;
            }
            e.consume();
        });
    }

    /**
     * "Where [psych_safety >= 4] (Unit: Vej og park ×) (Where psych_safety >= 4 ×)": the condition field, then a chip for
     * every filter in force (the choosers' and the conditions), each removable by its × or Delete.
     */
    private Node whereRow() {
        Label label = new Label(messages.get("search.where"));
        label.getStyleClass().add("search-where-label");
        label.setMinWidth(Region.USE_PREF_SIZE);
        TextField where = new TextField();
        where.getStyleClass().add("search-where");
        where.setPromptText(messages.get("search.wherePrompt"));
        where.setTooltip(new Tooltip(messages.get("search.whereTooltip")));
        where.setPrefColumnCount(18);
        where.textProperty().bindBidirectional(vm.conditionInputProperty());
        where.setOnAction(e -> vm.addCondition());
        where.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !where.getText().isEmpty()) {
                where.clear();
                e.consume();
            }
        });
        label.setLabelFor(where);
        FilterChips chips = new FilterChips(vm.activeFilters(), f -> messages.get("search.removeFilter", f));
        chips.getStyleClass().add("search-filter-chips");
        HBox.setHgrow(chips, Priority.ALWAYS);
        where.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, label, where, chips);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("search-where-row");
        return row;
    }

    private Node whereError() {
        Label error = new Label();
        error.getStyleClass().addAll("search-error", "search-where-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.conditionErrorProperty());
        error.visibleProperty().bind(vm.conditionErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        return error;
    }

    /** The node to place in the dock. */
    public Node root() {
        return root;
    }

    /** A title for the dock tab: 'Search "fejl*" (57 hits)'. */
    public javafx.beans.property.ReadOnlyStringProperty titleProperty() {
        return vm.titleProperty();
    }

    // ---- actions the main window can put in menus

    /** Focuses the query field and selects its text (the main window's Ctrl+K; Ctrl+F inside this view). */
    public void focusQuery() {
        queryField.requestFocus();
        queryField.selectAll();
    }

    /** Runs {@code query} (e.g. from the global search field). */
    public void search(String query) {
        debounce.stop();
        vm.search(query);
    }

    /** Runs what is in the query field now (Enter). */
    public void runSearch() {
        debounce.stop();
        vm.search();
    }

    /** Asks for a code and a scope, then codes every hit of the shown search (Ctrl+Shift+H). */
    public void codeAllHits() {
        if (!vm.canCodeAllProperty().get()) {
            return;
        }
        CodeAllHitsDialog dialog = new CodeAllHitsDialog(messages, vm.codePaths(), vm.suggestedCodePath().orElse(null),
                                                         vm.shownQueryProperty().get(), vm.totalHitsProperty().get(),
                                                         vm.totalPassagesProperty().get(), vm::isExistingCode);
        if (root.getScene() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.showAndWait().ifPresent(a -> vm.codeAllHits(a.codePath(), a.scope()));
    }

    /** Shows or hides the search syntax next to the results (Shift+F1 or the ? button). */
    public void toggleSyntaxHelp() {
        boolean show = !helpPane.isVisible();
        helpPane.setVisible(show);
        helpPane.setManaged(show);
    }

    /** Lists every hit, or the best-ranked ones only (Ctrl+Shift+A). */
    public void toggleShowAll() {
        vm.showAllProperty().set(!vm.showAllProperty().get());
    }

    /** Clears all filters (Ctrl+Shift+Backspace). */
    public void clearFilters() {
        vm.clearFilters();
    }

    /** Opens the selected hit in the transcript (Enter on a row). */
    public void openSelectedHit() {
        vm.open(table.getSelectionModel().getSelectedItem());
    }

    // ---- building

    private void buildTable() {
        table.getStyleClass().addAll("kwic-table", "striped", "dense");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setItems(vm.rows());
        TableColumn<KwicRow, String> doc = column(messages.get("search.colDocument"), KwicRow::document, "kwic-document", 220);
        TableColumn<KwicRow, String> speaker = column(messages.get("search.colSpeaker"), KwicRow::speaker, "kwic-speaker", 100);
        TableColumn<KwicRow, String> left = column(messages.get("search.colLeft"), KwicRow::left, "kwic-left", 330);
        TableColumn<KwicRow, String> hit = column(messages.get("search.colHit"), KwicRow::hit, "kwic-hit", 120);
        TableColumn<KwicRow, String> right = column(messages.get("search.colRight"), KwicRow::right, "kwic-right", 330);
        doc.setMinWidth(120);
        doc.setMaxWidth(320);
        speaker.setMinWidth(80);
        speaker.setMaxWidth(180);
        left.setMinWidth(120);
        right.setMinWidth(120);
        hit.setMinWidth(50);
        hit.setMaxWidth(320);
        vm.rows().addListener((javafx.collections.ListChangeListener<KwicRow>) c -> fitHitColumn(hit));
        left.setCellFactory(c -> new KwicCell("kwic-left", OverrunStyle.LEADING_ELLIPSIS, Pos.CENTER_RIGHT, false));
        hit.setCellFactory(c -> new KwicCell("kwic-hit", OverrunStyle.ELLIPSIS, Pos.CENTER, false));
        right.setCellFactory(c -> new KwicCell("kwic-right", OverrunStyle.ELLIPSIS, Pos.CENTER_LEFT, false));
        doc.setCellFactory(c -> new KwicCell("kwic-document", OverrunStyle.ELLIPSIS, Pos.CENTER_LEFT, true));
        speaker.setCellFactory(c -> new KwicCell("kwic-speaker", OverrunStyle.ELLIPSIS, Pos.CENTER_LEFT, false));
        table.getColumns().setAll(java.util.List.of(doc, speaker, left, hit, right));
        table.getColumns().forEach(c -> c.setSortable(false)); // the order is the ranking

        table.setRowFactory(t -> {
            TableRow<KwicRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedHit();
                e.consume();
            }
        });

        Label placeholder = new Label();
        placeholder.getStyleClass().add("search-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(820);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stateProperty().get()) {
            case NO_HITS -> messages.get("search.emptyNoHits", vm.shownQueryProperty().get());
            case ERROR -> messages.get("search.emptyError");
            case SEARCHING -> messages.get("search.searching");
            default -> messages.get("search.emptyIdle");
        }, vm.stateProperty(), vm.shownQueryProperty()));
        table.setPlaceholder(placeholder);
    }

    private static Region gap(double width) {
        Region r = new Region();
        r.setMinWidth(width);
        return r;
    }

    /** The hit column is as wide as its widest hit, so hits line up with their context on both sides. */
    private void fitHitColumn(TableColumn<KwicRow, String> hit) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text();
        probe.setFont(javafx.scene.text.Font.font(null, javafx.scene.text.FontWeight.BOLD, javafx.scene.text.Font.getDefault().getSize()));
        double widest = 0;
        for (int i = 0; i < Math.min(vm.rows().size(), 500); i++) {
            probe.setText(vm.rows().get(i).hit());
            widest = Math.max(widest, probe.getLayoutBounds().getWidth());
        }
        hit.setPrefWidth(Math.clamp(widest + 22, 50, 320));
    }

    private static TableColumn<KwicRow, String> column(String title, Function<KwicRow, String> value, String styleClass, double width) {
        TableColumn<KwicRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.getStyleClass().add(styleClass + "-column");
        c.setPrefWidth(width);
        c.setReorderable(false);
        return c;
    }

    private VBox buildHelp() {
        Label heading = new Label(messages.get("search.helpTitle"));
        heading.getStyleClass().add("search-help-title");
        Button close = new Button("×");
        close.getStyleClass().addAll("flat", "search-help-close");
        close.setTooltip(new Tooltip(messages.get("search.helpClose")));
        close.setOnAction(e -> toggleSyntaxHelp());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(heading, spacer, close);
        head.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints examples = new javafx.scene.layout.ColumnConstraints();
        examples.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints meanings = new javafx.scene.layout.ColumnConstraints();
        meanings.setHgrow(Priority.ALWAYS);
        meanings.setFillWidth(true);
        meanings.setMinWidth(120);
        grid.getColumnConstraints().setAll(examples, meanings);
        String[][] rows = {
            {"feedback leder", "search.helpWords"},
            {"\"tale åbent\"", "search.helpPhrase"},
            {"fejl*", "search.helpWildcard"},
            {"te?t", "search.helpSingle"},
            {"fejl OR mistake", "search.helpOr"},
            {"fejl NOT skyld", "search.helpNot"},
            {"\"feedback leder\"~5", "search.helpNear"},
            {"fejl~", "search.helpFuzzy"},
            {"(fejl OR mistake) leder", "search.helpGroup"},
        };
        for (int i = 0; i < rows.length; i++) {
            Label example = new Label(rows[i][0]);
            example.getStyleClass().add("search-help-example");
            example.setMinWidth(Region.USE_PREF_SIZE);
            Label meaning = new Label(messages.get(rows[i][1]));
            meaning.getStyleClass().add("search-help-meaning");
            meaning.setWrapText(true);
            grid.addRow(i, example, meaning);
        }
        Label stemming = new Label(messages.get("search.helpStemming", vm.languageName()));
        stemming.getStyleClass().add("search-help-note");
        stemming.setWrapText(true);
        VBox body = new VBox(10, grid, stemming);
        body.getStyleClass().add("search-help-body");
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().addAll("search-help-scroll", "edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox box = new VBox(8, head, scroll);
        box.getStyleClass().add("search-help");
        box.setPrefWidth(420);
        box.setMinWidth(320);
        box.setPadding(new Insets(8, 12, 10, 12));
        return box;
    }

    /** A KWIC cell: one line, with the ellipsis on the side away from the hit. */
    private static final class KwicCell extends TableCell<KwicRow, String> {
        private final boolean tooltip;

        KwicCell(String styleClass, OverrunStyle overrun, Pos alignment, boolean tooltip) {
            getStyleClass().add(styleClass);
            setTextOverrun(overrun);
            setAlignment(alignment);
            setContentDisplay(ContentDisplay.TEXT_ONLY);
            this.tooltip = tooltip;
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item);
            setTooltip(tooltip && !empty && item != null ? new Tooltip(item) : null);
        }
    }
}
