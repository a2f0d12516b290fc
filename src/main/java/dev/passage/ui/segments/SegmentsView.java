package dev.passage.ui.segments;

import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The coded segments of the selected code: a header with the count, a filter, "include sub-codes", and a list of segments
 * with their code, document, speaker, coder and text. Double-click or Enter shows a segment in the transcript. "Pop out"
 * opens the same view in a window of its own, which follows the selected code and stays open while coding.
 *
 * <p>Shortcuts inside the view: Enter / double-click opens a segment, Ctrl+F focuses the filter (Esc clears it),
 * Ctrl+Shift+U toggles sub-codes, Ctrl+Shift+O pops the view out.
 */
public final class SegmentsView {
    private static final KeyCombination FOCUS_FILTER = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination SUB_CODES = new KeyCodeCombination(KeyCode.U, KeyCombination.SHORTCUT_DOWN,
                                                                            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination POP_OUT = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                                                                         KeyCombination.SHIFT_DOWN);

    private final SegmentsViewModel vm;
    private final Messages messages;
    private final boolean canPopOut;
    private final BorderPane root = new BorderPane();
    private final TextField filter = new TextField();
    private final ListView<SegmentRow> list = new ListView<>();

    public SegmentsView(SegmentsViewModel vm, Messages messages) {
        this(vm, messages, true);
    }

    private SegmentsView(SegmentsViewModel vm, Messages messages, boolean canPopOut) {
        this.vm = vm;
        this.messages = messages;
        this.canPopOut = canPopOut;
        root.getStyleClass().add("segments-view");
        root.getStylesheets().add(SegmentsView.class.getResource("segments.css").toExternalForm());

        Region swatch = new Region();
        swatch.getStyleClass().add("segments-swatch");
        swatch.setMinSize(12, 12);
        swatch.setMaxSize(12, 12);
        swatch.styleProperty().bind(Bindings.createStringBinding(() -> vm.codeColourProperty().get() == null ? ""
            : "-fx-background-color: " + vm.codeColourProperty().get() + ";", vm.codeColourProperty()));
        swatch.visibleProperty().bind(vm.codeColourProperty().isNotNull());
        swatch.managedProperty().bind(swatch.visibleProperty());
        Label header = new Label();
        header.getStyleClass().add("segments-header");
        header.textProperty().bind(vm.headerProperty());
        header.setMinWidth(Region.USE_PREF_SIZE);

        filter.setPromptText(messages.get("segments.filterPrompt"));
        filter.getStyleClass().add("segments-filter");
        filter.textProperty().bindBidirectional(vm.filterProperty());
        filter.setPrefColumnCount(28);
        filter.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !filter.getText().isEmpty()) {
                filter.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        HBox.setHgrow(filter, Priority.SOMETIMES);
        filter.disableProperty().bind(vm.stateProperty().isEqualTo(SegmentsViewModel.State.NO_CODE));

        CheckBox subCodes = new CheckBox(messages.get("segments.includeSubCodes"));
        subCodes.getStyleClass().add("segments-subcodes");
        subCodes.setTooltip(new Tooltip(messages.get("segments.includeSubCodesTooltip")));
        subCodes.selectedProperty().bindBidirectional(vm.includeSubCodesProperty());
        subCodes.setMinWidth(Region.USE_PREF_SIZE);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        if (canPopOut) {
            // in the dock: one row
            Button popOut = new Button(messages.get("segments.popOut"));
            popOut.getStyleClass().addAll("segments-pop-out", "flat");
            popOut.setTooltip(new Tooltip(messages.get("segments.popOutTooltip")));
            popOut.setOnAction(e -> popOut());
            popOut.setMinWidth(Region.USE_PREF_SIZE);
            HBox bar = new HBox(10, swatch, header, spacer, filter, subCodes, popOut);
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.getStyleClass().add("segments-bar");
            root.setTop(bar);
        } else {
            // in its own (narrower) window: the header, then the filter row
            HBox title = new HBox(10, swatch, header);
            title.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(filter, Priority.ALWAYS);
            filter.setMaxWidth(Double.MAX_VALUE);
            HBox tools = new HBox(10, filter, subCodes);
            tools.setAlignment(Pos.CENTER_LEFT);
            javafx.scene.layout.VBox bar = new javafx.scene.layout.VBox(8, title, tools);
            bar.getStyleClass().add("segments-bar");
            root.setTop(bar);
        }

        list.getStyleClass().add("segments-list");
        list.setItems(vm.segments());
        list.setCellFactory(l -> {
            SegmentCell cell = new SegmentCell(l, messages);
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !cell.isEmpty()) {
                    vm.open(cell.getItem());
                }
            });
            return cell;
        });
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
                e.consume();
            }
        });
        list.setTooltip(new Tooltip(messages.get("segments.openTooltip")));
        Label placeholder = new Label();
        placeholder.getStyleClass().add("segments-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(640);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> switch (vm.stateProperty().get()) {
            case NO_CODE -> messages.get("segments.emptyNoCode");
            case LOADING -> messages.get("segments.loading");
            case NO_MATCH -> messages.get("segments.emptyNoMatch", vm.codeNameProperty().get(), vm.filterProperty().get().strip());
            default -> messages.get("segments.emptyNone", vm.codeNameProperty().get());
        }, vm.stateProperty(), vm.codeNameProperty(), vm.filterProperty()));
        list.setPlaceholder(placeholder);
        root.setCenter(list);

        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (FOCUS_FILTER.match(e)) {
                focusFilter();
            } else if (SUB_CODES.match(e)) {
                toggleSubCodes();
            } else if (POP_OUT.match(e) && canPopOut) {
                popOut();
            } else {
                return;
            }
            e.consume();
        });
    }

    /** The node to place in the dock. */
    public Node root() {
        return root;
    }

    /** A title for the dock tab: 'Segments of "Speaking up" (34)'. */
    public javafx.beans.property.ReadOnlyStringProperty titleProperty() {
        return vm.headerProperty();
    }

    // ---- actions the main window can put in menus

    /** Shows the selected segment in the transcript (Enter, double-click). */
    public void openSelected() {
        vm.open(list.getSelectionModel().getSelectedItem());
    }

    /** Focuses the filter box (Ctrl+F while the focus is in this view). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /** Lists the sub-codes' segments too, or not (Ctrl+Shift+U). */
    public void toggleSubCodes() {
        vm.includeSubCodesProperty().set(!vm.includeSubCodesProperty().get());
    }

    /**
     * Opens a second segments view in a window of its own (Ctrl+Shift+O): non-modal, on top of the main window, following
     * the selected code. Returns the window.
     */
    public Stage popOut() {
        SegmentsViewModel model = vm.newWindowModel();
        SegmentsView view = new SegmentsView(model, messages, false);
        Stage stage = new Stage();
        stage.setTitle(messages.get("segments.windowTitle"));
        Window owner = root.getScene() == null ? null : root.getScene().getWindow();
        if (owner != null) {
            stage.initOwner(owner);
        }
        Scene scene = new Scene((Parent) view.root(), 620, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> model.dispose());
        stage.show();
        return stage;
    }
}
