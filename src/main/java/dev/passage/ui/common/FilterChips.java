package dev.passage.ui.common;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

import java.util.function.Function;

/**
 * A row of removable chips, one per active filter ({@link ActiveFilter}), wrapping when the row is narrow. Each chip names
 * its filter and has an ×; a chip takes the focus (Tab), and Delete or Backspace removes it, as the × does. The row is
 * hidden (and takes no room) while no filter is active. Styled with the theme's looked-up colours, so light and dark work.
 */
public final class FilterChips extends FlowPane {
    private final ObservableList<ActiveFilter> filters;
    private final Function<String, String> removeTooltip;

    /** {@code removeTooltip}: the × button's tooltip for a chip's label ("Remove the filter Unit: Vej og park"). */
    public FilterChips(ObservableList<ActiveFilter> filters, Function<String, String> removeTooltip) {
        super(6, 4);
        this.filters = filters;
        this.removeTooltip = removeTooltip;
        getStyleClass().add("filter-chips");
        getStylesheets().add(FilterChips.class.getResource("filter-chips.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(javafx.geometry.VPos.CENTER);
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(filters));
        managedProperty().bind(visibleProperty());
        filters.addListener((ListChangeListener<ActiveFilter>) c -> fill());
        fill();
    }

    private void fill() {
        boolean hadFocus = getChildren().stream().anyMatch(Node::isFocused);
        int focused = indexOfFocused();
        getChildren().setAll(filters.stream().map(this::chip).toList());
        if (hadFocus && !getChildren().isEmpty()) {
            getChildren().get(Math.min(focused, getChildren().size() - 1)).requestFocus();
        }
    }

    private int indexOfFocused() {
        for (int i = 0; i < getChildren().size(); i++) {
            if (getChildren().get(i).isFocused()) {
                return i;
            }
        }
        return 0;
    }

    private Node chip(ActiveFilter filter) {
        Label text = new Label(filter.label());
        text.getStyleClass().add("filter-chip-label");
        text.setMnemonicParsing(false);
        Button remove = new Button("\u00d7");
        remove.getStyleClass().addAll("filter-chip-remove", "flat");
        remove.setFocusTraversable(false);
        String tip = removeTooltip.apply(filter.label());
        remove.setTooltip(new Tooltip(tip));
        remove.setAccessibleText(tip);
        remove.setOnAction(e -> filter.remove().run());
        HBox chip = new HBox(2, text, remove);
        chip.getStyleClass().add("filter-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.setFocusTraversable(true);
        chip.setAccessibleRole(AccessibleRole.BUTTON);
        chip.setAccessibleText(filter.label());
        chip.setAccessibleHelp(tip);
        chip.setUserData(filter);
        chip.setOnMouseClicked(e -> chip.requestFocus());
        chip.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                filter.remove().run();
                e.consume();
            }
        });
        return chip;
    }
}
