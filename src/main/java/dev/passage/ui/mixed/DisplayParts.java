package dev.passage.ui.mixed;

import dev.passage.ui.common.CodeColours;
import dev.passage.ui.common.Messages;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;

import java.text.NumberFormat;
import java.util.function.Function;

/** Building blocks the joint display tabs share: the tool bar, number texts, the definition pane, empty-state texts. */
final class DisplayParts {
    private final Messages messages;
    private final NumberFormat integer;
    private final NumberFormat decimal;

    DisplayParts(Messages messages) {
        this.messages = messages;
        integer = NumberFormat.getIntegerInstance(messages.locale());
        decimal = NumberFormat.getNumberInstance(messages.locale());
        decimal.setMinimumFractionDigits(0);
        decimal.setMaximumFractionDigits(2);
    }

    Messages messages() {
        return messages;
    }

    String count(long n) {
        return integer.format(n);
    }

    /** A score or other number with up to 2 decimals, in the user's locale. */
    String number(double d) {
        return decimal.format(d);
    }

    /** A share 0..1 as "12.5 %"; "–" for null. */
    String percent(Double share) {
        return share == null ? "–" : messages.get("mixed.percent", share * 100);
    }

    /** A cell's value by the measure: "12" or "12.5 %", "no text" when the unit has none. */
    String value(Counts c, Measure m) {
        if (!c.hasText()) {
            return messages.get("mixed.noText");
        }
        return m == Measure.SEGMENTS ? count(c.segments()) : percent(c.value(m));
    }

    /** The counts behind a cell, for its tooltip. */
    String details(Counts c) {
        if (!c.hasText()) {
            return messages.get("mixed.noTextTooltip");
        }
        return messages.get("mixed.cellDetails", c.segments(), c.codedChars(), c.textChars(), percent(c.shareChars()), c.carriers(),
                            c.carrierTotal(), percent(c.shareCarriers()));
    }

    /** A bar of controls with the status text and the export buttons at the right. */
    HBox bar(ReadOnlyStringProperty status, Node... left) {
        HBox bar = new HBox(10);
        bar.getStyleClass().add("mixed-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getChildren().addAll(left);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label statusLabel = new Label();
        statusLabel.getStyleClass().add("mixed-status");
        statusLabel.textProperty().bind(status);
        statusLabel.setMinWidth(0);
        bar.getChildren().addAll(spacer, statusLabel);
        return bar;
    }

    Label caption(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("mixed-caption");
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    Button button(String key, String styleClass, Runnable action) {
        Button b = new Button(messages.get(key));
        b.getStyleClass().addAll(styleClass);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** One "Export" menu: "CSV…" for the table, and "PNG…" for the picture when {@code png} is not null. */
    javafx.scene.control.MenuButton exportMenu(Runnable csv, Runnable png) {
        javafx.scene.control.MenuButton menu = new javafx.scene.control.MenuButton(messages.get("mixed.export"));
        menu.getStyleClass().add("mixed-export");
        menu.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.control.MenuItem csvItem = new javafx.scene.control.MenuItem(messages.get("mixed.exportCsv"));
        csvItem.getStyleClass().add("mixed-export-csv");
        csvItem.setOnAction(e -> csv.run());
        menu.getItems().add(csvItem);
        if (png != null) {
            javafx.scene.control.MenuItem pngItem = new javafx.scene.control.MenuItem(messages.get("mixed.exportPng"));
            pngItem.getStyleClass().add("mixed-export-png");
            pngItem.setOnAction(e -> png.run());
            menu.getItems().add(pngItem);
        }
        return menu;
    }

    /**
     * A column header: the name (a long one broken at the space nearest its middle) over a muted detail line; the column is
     * made wide enough for both.
     */
    javafx.scene.layout.VBox header(javafx.scene.control.TableColumn<?, ?> column, String name, String detail) {
        Label n = new Label(twoLines(name));
        n.getStyleClass().add("mixed-column-name");
        n.setTextAlignment(javafx.scene.text.TextAlignment.RIGHT);
        Label d = new Label(detail);
        d.getStyleClass().add("mixed-column-detail");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(0, n, d);
        box.setAlignment(Pos.BOTTOM_RIGHT);
        double widest = 0;
        for (String line : (n.getText() + "\n" + detail).split("\n")) {
            javafx.scene.text.Text t = new javafx.scene.text.Text(line);
            t.setStyle("-fx-font-weight: bold;");
            widest = Math.max(widest, t.getLayoutBounds().getWidth());
        }
        // the theme's header font is larger than a bare Text's: leave room
        column.setPrefWidth(Math.max(column.getPrefWidth(), Math.ceil(widest * 1.2) + 30));
        return box;
    }

    /** "Dagtilbud Mælkebøtten" becomes two lines; short names stay on one. */
    static String twoLines(String name) {
        if (name.length() <= 14) {
            return name;
        }
        int middle = name.length() / 2;
        int best = -1;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
                best = i;
            }
        }
        return best < 0 ? name : name.substring(0, best) + "\n" + name.substring(best + 1);
    }

    /** "How these numbers are counted", collapsed; the core's definition text inside. */
    TitledPane definition(ObservableValue<String> text) {
        Label body = new Label();
        body.textProperty().bind(text);
        body.setWrapText(true);
        body.getStyleClass().add("mixed-definition");
        TitledPane pane = new TitledPane(messages.get("mixed.definitionTitle"), body);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.getStyleClass().add("mixed-definition-pane");
        return pane;
    }

    /** The text for the table's placeholder in each state; {@code needsChoice} says what to do first. */
    Label placeholder(ReadOnlyObjectProperty<Recompute.State> state, ReadOnlyStringProperty error, String needsChoice, String empty) {
        Label l = new Label();
        l.getStyleClass().add("mixed-placeholder");
        l.setWrapText(true);
        l.setMaxWidth(560);
        l.textProperty().bind(Bindings.createStringBinding(() -> switch (state.get()) {
            case NEEDS_CHOICE -> messages.get(needsChoice);
            case LOADING -> messages.get("mixed.loading");
            case FAILED -> messages.get("mixed.failed", error.get());
            case READY -> messages.get(empty);
        }, state, error));
        return l;
    }

    /** A combo box whose items show as {@code text}. */
    <T> ComboBox<T> combo(javafx.collections.ObservableList<T> items, Function<T, String> text, String styleClass) {
        return styled(new ComboBox<>(items), text, styleClass);
    }

    private static <T> ComboBox<T> styled(ComboBox<T> box, Function<T, String> text, String styleClass) {
        box.getStyleClass().add(styleClass);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : text.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /**
     * A combo of codes: swatch and indented name in the list, the full path when chosen. Typing (or opening it) shows a
     * search field that keeps the codes whose path contains every typed word (ControlsFX's SearchableComboBox), so a long
     * codebook need not be scrolled.
     */
    ComboBox<CodeChoice> codeCombo(javafx.collections.ObservableList<CodeChoice> codes) {
        ComboBox<CodeChoice> box = styled(new SearchableComboBox<>(codes), CodeChoice::path, "mixed-code-combo");
        box.skinProperty().addListener((o, a, skin) -> {
            // ControlsFX has no Danish or Swedish texts: the search field's prompt comes from ours
            if (box.lookup(".combo-box-search") instanceof org.controlsfx.control.textfield.CustomTextField search) {
                search.setPromptText(messages.get("mixed.codeSearch"));
                // the theme's muted magnifier instead of ControlsFX's bitmap funnel
                javafx.scene.shape.SVGPath icon = new javafx.scene.shape.SVGPath();
                icon.setContent("M7 2.5a4.5 4.5 0 1 0 0 9a4.5 4.5 0 1 0 0-9M10.3 10.3l3.2 3.2");
                icon.getStyleClass().add("mixed-search-icon");
                search.setLeft(icon);
            }
        });
        box.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CodeChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name());
                setGraphic(empty || c == null ? null : swatch(c.colour()));
                setPadding(new Insets(3, 8, 3, 8 + (c == null ? 0 : c.depth() * 14)));
            }
        });
        box.setVisibleRowCount(16);
        return box;
    }

    static Rectangle swatch(String colour) {
        return CodeColours.swatch(colour, 10);
    }

    Tooltip tooltip(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }

    /**
     * The heat colour of a cell shaded {@code shade} 0..1: the Okabe-Ito blue at an opacity that grows with the value, over
     * the theme's background, so it reads in light and dark; nothing at 0.
     */
    static String heat(double shade) {
        if (shade <= 0) {
            return "";
        }
        return String.format(java.util.Locale.ROOT, "-fx-background-color: rgba(0,114,178,%.3f);", 0.10 + 0.55 * shade);
    }
}
