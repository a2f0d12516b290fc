package dev.passage.ui.exchange;

import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.Locale;

/** A titled, filterable list of checkboxes for one export filter ("Codes · 2 of 40 checked"), with Clear. */
final class ChoiceListBox extends VBox {
    private final ListView<Choice> list = new ListView<>();
    private final TextField find = new TextField();

    ChoiceListBox(String title, String emptyText, ChoiceList choices, Messages m, String styleClass) {
        super(4);
        getStyleClass().addAll("choice-box", styleClass);
        Label heading = new Label(title);
        heading.getStyleClass().add("choice-title");
        heading.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.getStyleClass().add("choice-count");
        count.textProperty().bind(Bindings.createStringBinding(() -> choices.checkedCountProperty().get() == 0
            ? m.get("exchange.filter.all", choices.choices().size())
            : m.get("exchange.filter.some", choices.checkedCountProperty().get(), choices.choices().size()),
            choices.checkedCountProperty(), choices.choices()));
        Hyperlink clear = new Hyperlink(m.get("exchange.filter.clear"));
        clear.getStyleClass().add("choice-clear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> choices.clear());
        clear.visibleProperty().bind(choices.checkedCountProperty().greaterThan(0));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox head = new HBox(6, heading, count, spacer, clear);
        head.setAlignment(Pos.BASELINE_LEFT);

        FilteredList<Choice> shown = new FilteredList<>(choices.choices());
        find.setPromptText(m.get("exchange.filter.find"));
        find.getStyleClass().addAll("choice-find", "small");
        find.textProperty().addListener((o, a, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(needle.isEmpty() ? null : c -> c.label().toLowerCase(Locale.ROOT).contains(needle)
                                                             || c.value().toLowerCase(Locale.ROOT).contains(needle));
        });
        list.setItems(shown);
        list.getStyleClass().addAll("choice-list", "dense");
        list.setCellFactory(CheckBoxListCell.forListView(Choice::checkedProperty, new StringConverter<>() {
            @Override
            public String toString(Choice c) {
                return c == null ? "" : c.label();
            }

            @Override
            public Choice fromString(String s) {
                throw new UnsupportedOperationException();
            }
        }));
        Label placeholder = new Label(emptyText);
        placeholder.getStyleClass().add("choice-empty");
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setPrefHeight(150);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(head, find, list);
    }

    ListView<Choice> list() {
        return list;
    }
}
