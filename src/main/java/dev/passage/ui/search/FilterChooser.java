package dev.passage.ui.search;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

import java.util.Comparator;
import java.util.Locale;

/**
 * A search filter: a button showing the chosen value (or the filter's name), which opens a type-to-find list of the
 * choices (exact and prefix matches first). Enter picks, Esc closes, Delete on the button or the × clears the filter.
 */
final class FilterChooser extends HBox {
    private static final PseudoClass ACTIVE = PseudoClass.getPseudoClass("active");

    private final String prompt;
    private final ObjectProperty<String> value;
    private final Runnable onShowing;
    private final Button button = new Button();
    private final Button clear = new Button("×");
    private final Popup popup = new Popup();
    private final TextField find = new TextField();
    private final ListView<String> list = new ListView<>();
    private final FilteredList<String> filtered;

    FilterChooser(String prompt, String clearTooltip, ObservableList<String> choices, ObjectProperty<String> value,
                  Runnable onShowing) {
        this.prompt = prompt;
        this.value = value;
        this.onShowing = onShowing;
        getStyleClass().add("filter-chooser");
        setAlignment(Pos.CENTER_LEFT);

        button.getStyleClass().add("filter-button");
        button.setMnemonicParsing(false);
        button.setTextOverrun(javafx.scene.control.OverrunStyle.CENTER_ELLIPSIS);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setOnAction(e -> show(""));
        button.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if ((e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) && value.get() != null) {
                value.set(null);
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN) {
                show("");
                e.consume();
            }
        });
        button.addEventHandler(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (!ch.isEmpty() && !Character.isISOControl(ch.charAt(0)) && !e.isControlDown() && !e.isMetaDown() && !ch.equals(" ")) {
                show(ch);
                e.consume();
            }
        });
        clear.getStyleClass().addAll("filter-clear", "flat");
        clear.setTooltip(new Tooltip(clearTooltip));
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> value.set(null));
        clear.visibleProperty().bind(value.isNotNull());
        clear.managedProperty().bind(clear.visibleProperty());
        getChildren().addAll(button, clear);

        filtered = new FilteredList<>(choices);
        SortedList<String> ranked = new SortedList<>(filtered);
        list.setItems(ranked);
        list.getStyleClass().add("filter-list");
        list.setPrefHeight(230);
        list.setPrefWidth(300);
        find.setPromptText(prompt);
        find.getStyleClass().add("filter-find");
        find.textProperty().addListener((o, a, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(c -> needle.isEmpty() || c.toLowerCase(Locale.ROOT).contains(needle));
            ranked.setComparator(needle.isEmpty() ? null : Comparator.comparingInt((String c) -> rank(c, needle)));
            if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
                list.scrollTo(0);
            }
        });
        find.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case DOWN, UP -> {
                    int size = list.getItems().size();
                    if (size > 0) {
                        int i = list.getSelectionModel().getSelectedIndex();
                        i = e.getCode() == KeyCode.DOWN ? Math.min(size - 1, i + 1) : Math.max(0, i - 1);
                        list.getSelectionModel().select(i);
                        list.scrollTo(Math.max(0, i - 3));
                    }
                    e.consume();
                }
                case ENTER -> {
                    pick(list.getSelectionModel().getSelectedItem());
                    e.consume();
                }
                case ESCAPE -> {
                    popup.hide();
                    e.consume();
                }
                default -> {
                }
            }
        });
        list.setOnMouseClicked(e -> pick(list.getSelectionModel().getSelectedItem()));
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pick(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Label empty = new Label("—");
        empty.getStyleClass().add("filter-empty");
        list.setPlaceholder(empty);
        VBox content = new VBox(6, find, list);
        content.getStyleClass().add("filter-popup");
        content.getStylesheets().add(FilterChooser.class.getResource("search.css").toExternalForm());
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
        popup.setOnHidden(e -> button.requestFocus());

        update();
        value.addListener((o, a, b) -> update());
    }

    /** Best first: exact, starts with, a word starts with, contains. */
    static int rank(String choice, String needle) {
        String c = choice.toLowerCase(Locale.ROOT);
        if (c.equals(needle)) {
            return 0;
        }
        if (c.startsWith(needle)) {
            return 1;
        }
        int slash = c.lastIndexOf('/');
        if (slash >= 0 && c.startsWith(needle, slash + 1)) {
            return 2;
        }
        if (c.contains(" " + needle) || c.contains("/" + needle)) {
            return 3;
        }
        return 4;
    }

    private void show(String typed) {
        onShowing.run();
        find.setText(typed);
        find.end();
        if (typed.isEmpty()) {
            filtered.setPredicate(null);
            String current = value.get();
            if (current != null && list.getItems().contains(current)) {
                list.getSelectionModel().select(current);
                list.scrollTo(Math.max(0, list.getItems().indexOf(current) - 3));
            } else if (!list.getItems().isEmpty()) {
                list.getSelectionModel().select(0);
            }
        }
        Bounds b = button.localToScreen(button.getBoundsInLocal());
        if (b == null) {
            return;
        }
        list.setPrefWidth(Math.max(300, b.getWidth()));
        popup.show(button, b.getMinX(), b.getMaxY() + 2);
        find.requestFocus();
    }

    private void pick(String choice) {
        if (choice != null) {
            value.set(choice);
        }
        popup.hide();
    }

    private void update() {
        String v = value.get();
        button.setText(v == null ? prompt + "  ▾" : prompt + ": " + v);
        button.setTooltip(new Tooltip(v == null ? prompt : prompt + ": " + v));
        pseudoClassStateChanged(ACTIVE, v != null);
    }

    Button button() {
        return button;
    }

    boolean isShowing() {
        return popup.isShowing();
    }
}
