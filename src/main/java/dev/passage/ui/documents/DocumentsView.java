package dev.passage.ui.documents;

import dev.passage.model.Language;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import java.io.File;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The documents pane (left column): documents grouped by unit with speakers, length and coded share; a filter; the open
 * document's attributes below; import by the "+" button, Ctrl+I, Ctrl+Shift+I or by dropping files and folders on the pane,
 * with an inline progress bar and Cancel while it runs. An empty project shows how to import.
 */
public final class DocumentsView {
    public static final KeyCombination IMPORT_FILES = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination IMPORT_FOLDER = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    public static final KeyCombination FOCUS_FILTER = new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    static final double SHOW_LENGTH_FROM = 420;
    static final double SHOW_SPEAKERS_FROM = 480;

    private final DocumentsViewModel vm;
    private final Messages m;
    private final NumberFormat numbers;
    private final StackPane root = new StackPane();
    private final TextField filter = new TextField();
    private final TreeTableView<DocumentsTreeEntry> tree = new TreeTableView<>();
    private static final String SURVEY_KEY = "\u0000survey:";
    private final Set<String> collapsedUnits = new HashSet<>();
    private final Set<String> expandedSurvey = new HashSet<>();
    private boolean syncingSelection;
    private final javafx.beans.property.BooleanProperty oneSelected = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.BooleanProperty someSelected = new javafx.beans.property.SimpleBooleanProperty();
    private StackPane dropOverlay;
    private Label nameHeader;

    public DocumentsView(DocumentsViewModel vm, Messages messages) {
        this.vm = vm;
        this.m = messages;
        this.numbers = NumberFormat.getIntegerInstance(messages.locale());

        VBox content = new VBox(header(), importBar(), summaryBanner(), filterBox(), treeArea(), details());
        content.getStyleClass().add("documents-content");
        VBox.setVgrow(content.getChildren().get(4), Priority.ALWAYS);

        Label dropHint = new Label(m.get("documents.dropHere"));
        dropHint.getStyleClass().add("drop-hint");
        dropOverlay = new StackPane(dropHint);
        dropOverlay.getStyleClass().add("drop-overlay");
        dropOverlay.setMouseTransparent(true);
        dropOverlay.setVisible(false);

        root.getChildren().addAll(content, dropOverlay);
        root.getStyleClass().add("documents-pane");
        root.getStylesheets().add(DocumentsView.class.getResource("documents.css").toExternalForm());
        root.setMinWidth(200);
        installDragAndDrop(dropOverlay);
        installKeys();
        vm.setFolderPreview(this::showFolderPreview);

        vm.visibleDocuments().addListener((javafx.collections.ListChangeListener<DocumentRow>) c -> rebuildTree());
        vm.selectedProperty().addListener((o, a, b) -> selectOpenDocument());
        vm.openDocumentProperty().addListener((o, a, b) -> selectOpenDocument());
        rebuildTree();
    }

    /** The pane, to place in the main window's left column. */
    public Node root() {
        return root;
    }

    /** Asks for transcript files and imports them (Ctrl+I). */
    public void importFiles() {
        vm.importFiles();
    }

    /** Asks for a folder and imports the transcripts in it (Ctrl+Shift+I). */
    public void importFolder() {
        vm.importFolder();
    }

    /** The folder import's preview: a window listing the files found, each with a checkbox; Import imports the checked ones. */
    private void showFolderPreview(List<java.nio.file.Path> paths) {
        ImportPreviewViewModel preview = vm.folderPreview(paths);
        ImportPreviewView view = new ImportPreviewView(preview, m);
        javafx.stage.Stage stage = new javafx.stage.Stage();
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            stage.initOwner(root.getScene().getWindow());
            stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        }
        stage.setTitle(m.get("documents.preview.title") + " \u2013 Passage");
        javafx.scene.Scene scene = new javafx.scene.Scene((javafx.scene.Parent) view.root());
        if (root.getScene() != null) {
            scene.getStylesheets().setAll(root.getScene().getStylesheets());
        }
        stage.setScene(scene);
        view.setOnClose(stage::close);
        stage.show();
        preview.load();
    }

    /** Moves the keyboard focus to the filter box (Ctrl+Shift+D). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Stops the running import (the Cancel button, or Escape in the pane). */
    public void cancelImport() {
        vm.cancelImport();
    }

    // ---- parts

    private Node header() {
        Label title = new Label(m.get("documents.title").toUpperCase(m.locale()));
        title.getStyleClass().add("pane-title");
        Label count = new Label();
        count.getStyleClass().add("pane-count");
        count.textProperty().bind(vm.countTextProperty());
        count.visibleProperty().bind(vm.emptyProperty().not());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        Button add = new Button("+");
        add.getStyleClass().addAll("add-button", "flat");
        add.setId("documents-import");
        add.setTooltip(tooltip(m.get("documents.importFilesTip")));
        add.setOnAction(e -> importFiles());
        add.disableProperty().bind(vm.importingProperty());
        MenuItem files = new MenuItem(m.get("documents.importFiles"));
        files.setAccelerator(IMPORT_FILES);
        files.setOnAction(e -> importFiles());
        MenuItem folder = new MenuItem(m.get("documents.importFolder"));
        folder.setAccelerator(IMPORT_FOLDER);
        folder.setOnAction(e -> importFolder());
        add.setContextMenu(new ContextMenu(files, folder));

        HBox box = new HBox(6, title, count, spacer, add);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("documents-header");
        return box;
    }

    private Node importBar() {
        Label message = new Label();
        message.getStyleClass().add("import-message");
        message.textProperty().bind(vm.importMessageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.importProgressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(bar, Priority.ALWAYS);
        Button cancel = new Button(m.get("documents.cancelImport"));
        cancel.setId("documents-cancel-import");
        cancel.getStyleClass().add("small");
        cancel.setOnAction(e -> cancelImport());
        cancel.setTooltip(tooltip(m.get("documents.cancelImportTip")));
        HBox row = new HBox(8, bar, cancel);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, message, row);
        box.getStyleClass().add("import-bar");
        box.visibleProperty().bind(vm.importingProperty());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node summaryBanner() {
        Label text = new Label();
        text.setId("documents-import-summary");
        text.setWrapText(true);
        text.textProperty().bind(vm.importSummaryProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button close = new Button("\u00d7");
        close.getStyleClass().addAll("flat", "small", "dismiss");
        close.setTooltip(tooltip(m.get("documents.dismiss")));
        close.setOnAction(e -> vm.dismissSummary());
        HBox box = new HBox(6, text, close);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("import-summary");
        box.visibleProperty().bind(vm.importSummaryProperty().isNotEmpty().and(vm.importingProperty().not()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node filterBox() {
        filter.setId("documents-filter");
        filter.setPromptText(m.get("documents.filterPrompt"));
        filter.setTooltip(tooltip(m.get("documents.filterTip")));
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                vm.clearFilter();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                tree.requestFocus();
                if (tree.getSelectionModel().isEmpty()) {
                    selectFirstDocument();
                }
                e.consume();
            }
        });
        HBox box = new HBox(filter);
        HBox.setHgrow(filter, Priority.ALWAYS);
        box.getStyleClass().add("documents-filter-box");
        box.visibleProperty().bind(vm.emptyProperty().not());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node treeArea() {
        tree.setId("documents-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setContextMenu(contextMenu());
        tree.setColumnResizePolicy(TreeTableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        tree.getStyleClass().addAll("documents-tree", "dense");
        tree.setTableMenuButtonVisible(false);
        tree.setPlaceholder(new Region());
        tree.visibleProperty().bind(vm.emptyProperty().not());

        TreeTableColumn<DocumentsTreeEntry, DocumentsTreeEntry> name = column(m.get("documents.column.name"), m.get("documents.column.nameTip"));
        nameHeader = (Label) name.getGraphic();
        name.setCellFactory(c -> new NameCell());
        name.setMinWidth(90);
        TreeTableColumn<DocumentsTreeEntry, DocumentsTreeEntry> speakers = column(m.get("documents.column.speakers"),
                                                                               m.get("documents.column.speakersTip"));
        speakers.setCellFactory(c -> numberCell(e -> e.isGroup() ? "" : numbers.format(e.document().speakerCount()), null));
        fixed(speakers, 48);
        TreeTableColumn<DocumentsTreeEntry, DocumentsTreeEntry> length = column(m.get("documents.column.length"),
                                                                             m.get("documents.column.lengthTip"));
        length.setCellFactory(c -> numberCell(e -> e.isGroup() ? "" : compact(e.document().length()),
                                              e -> e.isGroup() ? null : m.get("documents.characters", e.document().length())));
        fixed(length, 64);
        TreeTableColumn<DocumentsTreeEntry, DocumentsTreeEntry> coded = column(m.get("documents.column.coded"),
                                                                            m.get("documents.column.codedTip"));
        coded.setCellFactory(c -> new CodedShareCell());
        fixed(coded, 72);
        TreeTableColumn<DocumentsTreeEntry, DocumentsTreeEntry> language = column(m.get("documents.column.language"),
                                                                               m.get("documents.column.languageTip"));
        language.setCellFactory(c -> numberCell(e -> e.isGroup() || e.document().language() == null ? ""
                                                    : e.document().language().code().toUpperCase(java.util.Locale.ROOT),
                                                e -> e.isGroup() || e.document().language() == null ? null
                                                    : languageName(e.document().language())));
        fixed(language, 40);
        language.setId("documents-language-column");
        tree.getColumns().setAll(List.of(name, language, speakers, length, coded));
        // a narrow pane keeps the names readable: length and speakers appear as the pane grows (always in tooltips and details)
        length.visibleProperty().bind(tree.widthProperty().greaterThanOrEqualTo(SHOW_LENGTH_FROM));
        language.visibleProperty().bind(tree.widthProperty().greaterThanOrEqualTo(SHOW_LENGTH_FROM));
        speakers.visibleProperty().bind(tree.widthProperty().greaterThanOrEqualTo(SHOW_SPEAKERS_FROM));

        tree.setRowFactory(t -> new DocumentTreeRow());
        // when the details below appear or the pane shrinks, the selected row stays in sight
        tree.heightProperty().addListener((o, a, b) -> {
            TreeItem<DocumentsTreeEntry> selectedItem = tree.getSelectionModel().getSelectedItem();
            if (selectedItem != null && b.doubleValue() < a.doubleValue()) {
                javafx.application.Platform.runLater(() -> revealRow(selectedItem));
            }
        });
        tree.getSelectionModel().getSelectedItems().addListener((javafx.collections.ListChangeListener<TreeItem<DocumentsTreeEntry>>) c -> {
            int n = selectedDocuments().size();
            oneSelected.set(n == 1);
            someSelected.set(n > 0);
        });
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncingSelection && b != null && b.getValue() != null && !b.getValue().isGroup()) {
                vm.open(b.getValue().document());
            }
        });
        tree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                vm.clearFilter();
                e.consume();
            }
        });

        StackPane area = new StackPane(tree, emptyState(), noMatches());
        area.getStyleClass().add("documents-tree-area");
        return area;
    }

    private ContextMenu contextMenu() {
        MenuItem setUnit = new MenuItem(m.get("documents.menu.setUnit"));
        setUnit.setId("documents-set-unit");
        setUnit.setOnAction(e -> setUnit());
        MenuItem setVariable = new MenuItem(m.get("documents.menu.setVariable"));
        setVariable.setId("documents-set-variable");
        setVariable.setOnAction(e -> setVariable());
        javafx.scene.control.Menu language = new javafx.scene.control.Menu(m.get("documents.menu.language"));
        language.setId("documents-language");
        javafx.scene.control.ToggleGroup languages = new javafx.scene.control.ToggleGroup();
        for (Language l : Language.values()) {
            javafx.scene.control.RadioMenuItem item = new javafx.scene.control.RadioMenuItem(languageName(l));
            item.setId("documents-language-" + l.code());
            item.setToggleGroup(languages);
            item.setUserData(l);
            item.setOnAction(e -> vm.setLanguage(selectedDocuments(), l));
            language.getItems().add(item);
        }
        MenuItem rename = new MenuItem(m.get("documents.menu.rename"));
        rename.setId("documents-rename");
        rename.setOnAction(e -> renameDocument());
        MenuItem delete = new MenuItem(m.get("documents.menu.delete"));
        delete.setId("documents-delete");
        delete.setOnAction(e -> deleteDocument());
        MenuItem up = new MenuItem(m.get("documents.menu.moveUp"));
        up.setId("documents-move-up");
        up.setOnAction(e -> moveDocument(-1));
        MenuItem down = new MenuItem(m.get("documents.menu.moveDown"));
        down.setId("documents-move-down");
        down.setOnAction(e -> moveDocument(1));
        MenuItem addToSet = new MenuItem(m.get("documents.menu.addToSet"));
        addToSet.setId("documents-add-to-set");
        addToSet.setOnAction(e -> addToSet());
        javafx.scene.control.Menu removeFromSet = new javafx.scene.control.Menu(m.get("documents.menu.removeFromSet"));
        removeFromSet.setId("documents-remove-from-set");
        ContextMenu menu = new ContextMenu(rename, delete, new javafx.scene.control.SeparatorMenuItem(), up, down,
                                           new javafx.scene.control.SeparatorMenuItem(), addToSet, removeFromSet,
                                           new javafx.scene.control.SeparatorMenuItem(), setUnit, setVariable, language);
        menu.setOnShowing(e -> {
            List<DocumentRow> rows = selectedDocuments();
            setUnit.setDisable(!vm.canSetUnit(rows));
            setVariable.setDisable(rows.size() != 1);
            rename.setDisable(rows.size() != 1);
            delete.setDisable(rows.size() != 1);
            up.setDisable(rows.size() != 1 || !vm.canMove(rows.getFirst(), -1));
            down.setDisable(rows.size() != 1 || !vm.canMove(rows.getFirst(), 1));
            addToSet.setDisable(rows.isEmpty());
            removeFromSet.getItems().setAll(vm.setsOfAny(rows).stream().map(set -> {
                MenuItem item = new MenuItem(set);
                item.setOnAction(a -> vm.removeFromSet(rows, set));
                return item;
            }).toList());
            removeFromSet.setDisable(removeFromSet.getItems().isEmpty());
            language.setDisable(rows.isEmpty());
            // the rows' common language is ticked; none when they differ
            Set<Language> current = new HashSet<>();
            rows.forEach(r -> current.add(r.language()));
            languages.getToggles().forEach(t -> t.setSelected(current.size() == 1 && current.contains((Language) t.getUserData())));
        });
        return menu;
    }

    /** True while one document (not a heading) is selected: what Rename, Delete and Move act on. */
    public javafx.beans.value.ObservableBooleanValue oneDocumentSelected() {
        return oneSelected;
    }

    /** True while at least one document is selected (Add to set, Remove from set). */
    public javafx.beans.value.ObservableBooleanValue documentsSelected() {
        return someSelected;
    }

    /** "Rename document…" for the selected document. */
    public void renameDocument() {
        List<DocumentRow> rows = selectedDocuments();
        if (rows.size() == 1) {
            vm.rename(rows.getFirst());
        }
    }

    /** "Delete document…": confirms, saying how many codings and memos go with it; undoable. */
    public void deleteDocument() {
        List<DocumentRow> rows = selectedDocuments();
        if (rows.size() == 1) {
            vm.delete(rows.getFirst());
        }
    }

    /** Moves the selected document one place up (-1) or down (+1) within its group. */
    public void moveDocument(int direction) {
        List<DocumentRow> rows = selectedDocuments();
        if (rows.size() == 1) {
            vm.move(rows.getFirst(), direction);
        }
    }

    /** "Add to set…": choose a set or type a new one's name; one undoable step. */
    public void addToSet() {
        List<DocumentRow> rows = selectedDocuments();
        if (rows.isEmpty()) {
            return;
        }
        SetChoiceDialog dialog = new SetChoiceDialog(m, vm.setNames(), rows.size());
        owned(dialog);
        dialog.showAndWait().ifPresent(set -> vm.addToSet(rows, set));
    }

    /** "Remove from set…": choose one of the sets the selected documents are in. */
    public void removeFromSet() {
        List<DocumentRow> rows = selectedDocuments();
        List<String> sets = vm.setsOfAny(rows);
        if (sets.isEmpty()) {
            return;
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(sets.getFirst(), sets);
        dialog.setTitle(m.get("documents.removeFromSet.title"));
        dialog.setHeaderText(m.get("documents.removeFromSet.header", rows.size()));
        owned(dialog);
        dialog.showAndWait().ifPresent(set -> vm.removeFromSet(rows, set));
    }

    /** "Rename set…": the one set, or a choice of the project's sets. */
    public void renameSet() {
        chooseSet("documents.renameSet.title").ifPresent(vm::renameSet);
    }

    /** "Delete set…": the one set, or a choice of the project's sets (its documents stay; undoable). */
    public void deleteSet() {
        chooseSet("documents.deleteSet.title").ifPresent(vm::deleteSet);
    }

    /** Whether the project has a document set (for Rename set… and Delete set…). */
    public javafx.beans.value.ObservableBooleanValue hasSets() {
        return javafx.beans.binding.Bindings.isNotEmpty(vm.setNames());
    }

    private java.util.Optional<String> chooseSet(String titleKey) {
        List<String> sets = List.copyOf(vm.setNames());
        if (sets.size() <= 1) {
            return sets.stream().findFirst();
        }
        javafx.scene.control.ChoiceDialog<String> dialog = new javafx.scene.control.ChoiceDialog<>(sets.getFirst(), sets);
        dialog.setTitle(m.get(titleKey));
        dialog.setHeaderText(m.get("documents.chooseSet"));
        owned(dialog);
        return dialog.showAndWait();
    }

    /** The selected documents (headings left out). */
    List<DocumentRow> selectedDocuments() {
        List<DocumentRow> out = new ArrayList<>();
        for (TreeItem<DocumentsTreeEntry> item : tree.getSelectionModel().getSelectedItems()) {
            if (item != null && item.getValue() != null && !item.getValue().isGroup()) {
                out.add(item.getValue().document());
            }
        }
        return out;
    }

    /** "Set unit…" for the selected documents: one undoable step (survey answers keep their respondent's unit). */
    public void setUnit() {
        List<DocumentRow> rows = selectedDocuments();
        if (!vm.canSetUnit(rows)) {
            return;
        }
        vm.loadCaseChoices();
        List<DocumentRow> linkable = rows.stream().filter(r -> !r.isSurveyAnswer()).toList();
        String current = linkable.stream().map(DocumentRow::unit).distinct().count() == 1 ? linkable.getFirst().unit() : null;
        SetUnitDialog dialog = new SetUnitDialog(m, vm.unitNames(), current, linkable.size(), rows.size() - linkable.size());
        owned(dialog);
        dialog.showAndWait().ifPresent(unit -> vm.setUnit(rows, unit));
    }

    /** "Set variable…" for the selected document (a DOCUMENT variable, undoable). */
    public void setVariable() {
        List<DocumentRow> rows = selectedDocuments();
        if (rows.size() != 1) {
            return;
        }
        vm.loadCaseChoices();
        DocumentRow row = rows.getFirst();
        SetVariableDialog dialog = new SetVariableDialog(m, vm.documentVariables(), row.name(), v -> vm.variableValue(row, v));
        owned(dialog);
        dialog.showAndWait().ifPresent(a -> vm.setVariable(row, a.variable(), a.value()));
    }

    private void owned(javafx.scene.control.Dialog<?> dialog) {
        if (root.getScene() != null && root.getScene().getWindow() != null) {
            dialog.initOwner(root.getScene().getWindow());
        }
        dialog.getDialogPane().getStylesheets().add(DocumentsView.class.getResource("documents.css").toExternalForm());
    }

    private Node emptyState() {
        Label title = new Label(m.get("documents.empty.title"));
        title.getStyleClass().add("empty-title");
        title.setWrapText(true);
        Label hint = new Label(m.get("documents.empty.hint"));
        hint.getStyleClass().add("empty-hint");
        hint.setWrapText(true);
        Button importButton = new Button(m.get("documents.importFiles"));
        importButton.setId("documents-empty-import");
        importButton.getStyleClass().add("accent");
        importButton.setDefaultButton(false);
        importButton.setOnAction(e -> importFiles());
        importButton.disableProperty().bind(vm.importingProperty());
        Button folderButton = new Button(m.get("documents.importFolder"));
        folderButton.getStyleClass().add("flat");
        folderButton.setOnAction(e -> importFolder());
        folderButton.disableProperty().bind(vm.importingProperty());
        Label formats = new Label(m.get("documents.empty.formats"));
        formats.getStyleClass().add("empty-formats");
        formats.setWrapText(true);
        VBox box = new VBox(10, title, hint, importButton, folderButton, formats);
        box.setAlignment(Pos.CENTER);
        box.setFillWidth(false);
        box.getStyleClass().add("documents-empty");
        box.setId("documents-empty");
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        box.visibleProperty().bind(vm.emptyProperty());
        title.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        formats.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        return box;
    }

    private Node noMatches() {
        Label text = new Label();
        text.textProperty().bind(Bindings.createStringBinding(() -> m.get("documents.noMatches", vm.filterProperty().get()),
                                                              vm.filterProperty()));
        text.setWrapText(true);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        Button clear = new Button(m.get("documents.clearFilter"));
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            vm.clearFilter();
            filter.requestFocus();
        });
        VBox box = new VBox(8, text, clear);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("documents-no-matches");
        box.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        box.visibleProperty().bind(vm.noMatchesProperty());
        box.setPickOnBounds(false);
        return box;
    }

    private Node details() {
        VBox box = new VBox(4);
        box.setId("documents-details");
        box.getStyleClass().add("documents-details");
        Runnable update = () -> fillDetails(box, vm.selectedProperty().get());
        vm.selectedProperty().addListener((o, a, b) -> update.run());
        // a reload with the same row (its sets changed, which the row does not hold) shows the sets anew
        vm.visibleDocuments().addListener((javafx.collections.ListChangeListener<DocumentRow>) c -> update.run());
        update.run();
        box.visibleProperty().bind(vm.selectedProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void fillDetails(VBox box, DocumentRow row) {
        box.getChildren().clear();
        if (row == null) {
            return;
        }
        Label name = new Label(row.name());
        name.getStyleClass().add("details-name");
        name.setWrapText(true);
        Label facts = new Label(facts(row));
        facts.getStyleClass().add("details-facts");
        facts.setWrapText(true);
        box.getChildren().addAll(name, facts);
        Map<String, String> attributes = new LinkedHashMap<>();
        if (row.unit() != null) {
            attributes.put(m.get("documents.details.unit"), row.unit());
        }
        if (row.language() != null) {
            attributes.put(m.get("documents.details.language"), languageName(row.language()));
        }
        row.shownAttributes().forEach((k, v) -> attributes.put(attributeLabel(k), v));
        if (!vm.setsOf(row).isEmpty()) {
            attributes.put(m.get("documents.details.sets"), String.join(", ", vm.setsOf(row)));
        }
        if (!attributes.isEmpty()) {
            GridPane grid = new GridPane();
            grid.setHgap(10);
            grid.setVgap(2);
            grid.getStyleClass().add("details-attributes");
            int r = 0;
            for (var a : attributes.entrySet()) {
                Label k = new Label(a.getKey());
                k.getStyleClass().add("attribute-name");
                k.setMinWidth(Region.USE_PREF_SIZE);
                Label v = new Label(a.getValue().isBlank() ? "\u2014" : a.getValue());
                v.getStyleClass().add("attribute-value");
                v.setWrapText(true);
                grid.addRow(r++, k, v);
            }
            box.getChildren().add(grid);
        }
        String imported = row.importedAt() == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(m.locale())
                                                                           .format(row.importedAt().atZone(ZoneId.systemDefault()));
        Label source = new Label(m.get("documents.details.imported", row.format().extension(), imported));
        source.getStyleClass().add("details-source");
        box.getChildren().add(source);
    }

    /** "interview_date" reads "Interview date". */
    String attributeLabel(String key) {
        String spaced = key.replace('_', ' ').replace('-', ' ').strip();
        return spaced.isEmpty() ? key : spaced.substring(0, 1).toUpperCase(m.locale()) + spaced.substring(1);
    }

    /** "Danish" in the workbench's language ("Dansk", "Danska"). */
    String languageName(Language language) {
        String name = language.locale().getDisplayLanguage(m.locale());
        return name.isEmpty() ? language.displayName() : name.substring(0, 1).toUpperCase(m.locale()) + name.substring(1);
    }

    private String facts(DocumentRow row) {
        List<String> parts = new ArrayList<>();
        parts.add(m.get("documents.details.speakers", row.speakerCount()));
        parts.add(m.get("documents.characters", row.length()));
        parts.add(m.get("documents.details.codings", row.codingCount()));
        parts.add(m.get("documents.details.coded", CodedShareCell.percentText(row.codedShare())));
        return String.join(" \u00b7 ", parts);
    }

    // ---- the tree

    private void rebuildTree() {
        List<DocumentRow> all = List.copyOf(vm.visibleDocuments());
        List<DocumentRow> rows = all.stream().filter(r -> !r.isSurveyAnswer()).toList();
        List<DocumentRow> answers = all.stream().filter(DocumentRow::isSurveyAnswer).toList();
        boolean grouped = rows.stream().anyMatch(r -> r.unit() != null);
        boolean filtering = !vm.filterProperty().get().isBlank();
        TreeItem<DocumentsTreeEntry> top = new TreeItem<>();
        if (!grouped) {
            rows.forEach(r -> top.getChildren().add(new TreeItem<>(DocumentsTreeEntry.of(r))));
        } else {
            Map<String, List<DocumentRow>> byUnit = new LinkedHashMap<>();
            for (DocumentRow r : rows) {
                byUnit.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r);
            }
            for (var e : byUnit.entrySet()) {
                TreeItem<DocumentsTreeEntry> group = new TreeItem<>(DocumentsTreeEntry.group(e.getKey(), e.getValue()));
                e.getValue().forEach(r -> group.getChildren().add(new TreeItem<>(DocumentsTreeEntry.of(r))));
                String key = e.getKey() == null ? "" : e.getKey();
                remember(group, key, filtering, false);
                top.getChildren().add(group);
            }
        }
        if (!answers.isEmpty()) {
            top.getChildren().add(surveyAnswers(answers, filtering));
        }
        nameHeader.setText(m.get(grouped || !answers.isEmpty() ? "documents.column.name" : "documents.column.nameFlat"));
        syncingSelection = true;
        try {
            tree.setRoot(top);
        } finally {
            syncingSelection = false;
        }
        selectOpenDocument();
    }

    /**
     * Survey answers under one heading, by question and then by unit, so that hundreds of answers stay out of the way until
     * opened (collapsed at first; what the user opens stays open).
     */
    private TreeItem<DocumentsTreeEntry> surveyAnswers(List<DocumentRow> answers, boolean filtering) {
        TreeItem<DocumentsTreeEntry> survey = new TreeItem<>(DocumentsTreeEntry.survey(answers));
        remember(survey, SURVEY_KEY, filtering, true);
        Map<String, List<DocumentRow>> byQuestion = new java.util.TreeMap<>(new NaturalOrder(m.locale()));
        answers.forEach(r -> byQuestion.computeIfAbsent(r.question(), k -> new ArrayList<>()).add(r));
        for (var q : byQuestion.entrySet()) {
            TreeItem<DocumentsTreeEntry> question = new TreeItem<>(DocumentsTreeEntry.question(q.getKey(), q.getValue()));
            remember(question, SURVEY_KEY + q.getKey(), filtering, true);
            Map<String, List<DocumentRow>> byUnit = new LinkedHashMap<>();
            q.getValue().forEach(r -> byUnit.computeIfAbsent(r.unit(), k -> new ArrayList<>()).add(r));
            for (var u : byUnit.entrySet()) {
                TreeItem<DocumentsTreeEntry> unit = new TreeItem<>(DocumentsTreeEntry.answersOf(u.getKey(), q.getKey(), u.getValue()));
                remember(unit, SURVEY_KEY + q.getKey() + "\n" + u.getKey(), filtering, true);
                u.getValue().forEach(r -> unit.getChildren().add(new TreeItem<>(DocumentsTreeEntry.of(r))));
                question.getChildren().add(unit);
            }
            survey.getChildren().add(question);
        }
        return survey;
    }

    /** Expands a heading as the user left it (filtering opens everything); survey headings start collapsed. */
    private void remember(TreeItem<DocumentsTreeEntry> group, String key, boolean filtering, boolean collapsedAtFirst) {
        boolean open = collapsedAtFirst ? expandedSurvey.contains(key) : !collapsedUnits.contains(key);
        group.setExpanded(filtering || open);
        group.expandedProperty().addListener((o, was, is) -> {
            if (!vm.filterProperty().get().isBlank()) {
                return;
            }
            if (collapsedAtFirst) {
                if (is) {
                    expandedSurvey.add(key);
                } else {
                    expandedSurvey.remove(key);
                }
            } else if (is) {
                collapsedUnits.remove(key);
            } else {
                collapsedUnits.add(key);
            }
        });
    }

    private void selectOpenDocument() {
        Long id = vm.openDocumentProperty().get();
        TreeItem<DocumentsTreeEntry> item = id == null ? null : find(tree.getRoot(), id);
        TreeItem<DocumentsTreeEntry> current = tree.getSelectionModel().getSelectedItem();
        if (item == current) {
            return;
        }
        syncingSelection = true;
        try {
            if (item == null) {
                tree.getSelectionModel().clearSelection();
                return;
            }
            for (TreeItem<DocumentsTreeEntry> p = item.getParent(); p != null && p != tree.getRoot(); p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(item);
            TreeItem<DocumentsTreeEntry> target = item;
            javafx.application.Platform.runLater(() -> revealRow(target));
        } finally {
            syncingSelection = false;
        }
    }

    /** Scrolls the row into view unless it is already visible (after the tree has laid out its new rows). */
    private void revealRow(TreeItem<DocumentsTreeEntry> item) {
        int row = tree.getRow(item);
        if (row < 0) {
            return;
        }
        if (tree.lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            if (first != null && last != null && row > first.getIndex() && row < last.getIndex()) {
                return;
            }
        }
        tree.scrollTo(Math.max(0, row - 2));
    }

    private void selectFirstDocument() {
        for (TreeItem<DocumentsTreeEntry> child : tree.getRoot().getChildren()) {
            if (!child.getValue().isGroup()) {
                tree.getSelectionModel().select(child);
                return;
            }
            if (!child.getChildren().isEmpty()) {
                child.setExpanded(true);
                tree.getSelectionModel().select(child.getChildren().getFirst());
                return;
            }
        }
    }

    private static TreeItem<DocumentsTreeEntry> find(TreeItem<DocumentsTreeEntry> parent, long id) {
        for (TreeItem<DocumentsTreeEntry> child : parent.getChildren()) {
            DocumentsTreeEntry e = child.getValue();
            if (e != null && !e.isGroup() && e.document().id() == id) {
                return child;
            }
            TreeItem<DocumentsTreeEntry> inner = find(child, id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private TreeTableColumn<DocumentsTreeEntry, DocumentsTreeEntry> column(String title, String tip) {
        TreeTableColumn<DocumentsTreeEntry, DocumentsTreeEntry> c = new TreeTableColumn<>();
        Label header = new Label(title);
        header.setTooltip(tooltip(tip));
        c.setGraphic(header);
        c.setSortable(false);
        c.setReorderable(false);
        c.setCellValueFactory(f -> f.getValue().valueProperty());
        return c;
    }

    private static void fixed(TreeTableColumn<?, ?> c, double width) {
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setMaxWidth(width);
        c.setResizable(false);
        c.getStyleClass().add("number-column");
    }

    private TreeTableCell<DocumentsTreeEntry, DocumentsTreeEntry> numberCell(java.util.function.Function<DocumentsTreeEntry, String> text,
                                                                             java.util.function.Function<DocumentsTreeEntry, String> tip) {
        return new TreeTableCell<>() {
            @Override
            protected void updateItem(DocumentsTreeEntry e, boolean empty) {
                super.updateItem(e, empty);
                setAlignment(Pos.CENTER_RIGHT);
                if (empty || e == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(text.apply(e));
                String t = tip == null ? null : tip.apply(e);
                setTooltip(t == null ? null : tooltip(t));
            }
        };
    }

    /** 850, 12.4k, 120k: lengths at a glance (the tooltip and details give the exact number). */
    String compact(int n) {
        if (n < 1000) {
            return numbers.format(n);
        }
        NumberFormat f = NumberFormat.getNumberInstance(m.locale());
        f.setMaximumFractionDigits(n < 10_000 ? 1 : 0);
        f.setMinimumFractionDigits(n < 10_000 ? 1 : 0);
        return f.format(n / 1000.0) + "k";
    }

    private final class NameCell extends TreeTableCell<DocumentsTreeEntry, DocumentsTreeEntry> {
        @Override
        protected void updateItem(DocumentsTreeEntry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().removeAll("unit-cell", "document-cell");
            if (empty || e == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            if (e.isGroup()) {
                getStyleClass().add("unit-cell");
                setText(null);
                Label unit = new Label(headingName(e));
                unit.getStyleClass().add("unit-name");
                unit.setMinWidth(0);
                Label n = new Label(numbers.format(e.documentCount()));
                n.getStyleClass().add("unit-count");
                n.setMinWidth(Region.USE_PREF_SIZE);
                HBox box = new HBox(6, unit, n);
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
            } else {
                getStyleClass().add("document-cell");
                setGraphic(null);
                // same-named files differ at their start (folder) or end (extension): a cut name keeps both
                setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
                setText(e.displayName());
            }
        }
    }

    private String headingName(DocumentsTreeEntry e) {
        return switch (e.kind()) {
            case SURVEY -> m.get("documents.surveyAnswers");
            case QUESTION -> e.question();
            default -> e.unit() == null ? m.get("documents.noUnit") : e.unit();
        };
    }

    private final class DocumentTreeRow extends TreeTableRow<DocumentsTreeEntry> {
        @Override
        protected void updateItem(DocumentsTreeEntry e, boolean empty) {
            super.updateItem(e, empty);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("group"), !empty && e != null && e.isGroup());
            setTooltip(empty || e == null ? null : tooltip(rowTip(e)));
        }
    }

    private String rowTip(DocumentsTreeEntry e) {
        if (e.kind() == DocumentsTreeEntry.Kind.SURVEY || e.kind() == DocumentsTreeEntry.Kind.QUESTION) {
            return m.get("documents.answersTip", headingName(e), e.documentCount(), CodedShareCell.percentText(e.codedShare()));
        }
        if (e.isGroup()) {
            return m.get("documents.unitTip", headingName(e), e.documentCount(), CodedShareCell.percentText(e.codedShare()));
        }
        DocumentRow r = e.document();
        StringBuilder b = new StringBuilder(r.name()).append('\n').append(facts(r));
        if (r.unit() != null) {
            b.append('\n').append(m.get("documents.details.unit")).append(": ").append(r.unit());
        }
        if (r.language() != null) {
            b.append('\n').append(m.get("documents.details.language")).append(": ").append(languageName(r.language()));
        }
        r.shownAttributes().forEach((k, v) -> b.append('\n').append(attributeLabel(k)).append(": ").append(v));
        if (!vm.setsOf(r).isEmpty()) {
            b.append('\n').append(m.get("documents.details.sets")).append(": ").append(String.join(", ", vm.setsOf(r)));
        }
        return b.toString();
    }

    private static Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(400));
        t.setWrapText(true);
        t.setMaxWidth(360);
        return t;
    }

    // ---- input

    private void installDragAndDrop(Node overlay) {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles() && !vm.importingProperty().get()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_ENTERED, e -> {
            if (e.getDragboard().hasFiles() && !vm.importingProperty().get()) {
                setDropHighlight(overlay, true);
            }
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> setDropHighlight(overlay, false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean ok = false;
            if (e.getDragboard().hasFiles()) {
                vm.importPaths(e.getDragboard().getFiles().stream().map(File::toPath).toList());
                ok = true;
            }
            setDropHighlight(overlay, false);
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    /** Shows or hides the drop highlight (what dragging files over the pane shows). */
    void showDropTarget(boolean on) {
        setDropHighlight(dropOverlay, on);
    }

    private void setDropHighlight(Node overlay, boolean on) {
        overlay.setVisible(on);
        if (on) {
            if (!root.getStyleClass().contains("drop-target")) {
                root.getStyleClass().add("drop-target");
            }
        } else {
            root.getStyleClass().remove("drop-target");
        }
    }

    private void installKeys() {
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.importingProperty().get()) {
                cancelImport();
                e.consume();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (IMPORT_FOLDER.match(e)) {
                importFolder();
                e.consume();
            } else if (IMPORT_FILES.match(e)) {
                importFiles();
                e.consume();
            } else if (FOCUS_FILTER.match(e)) {
                focusFilter();
                e.consume();
            }
        });
    }
}
