package dev.passage.ui.cases;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A column the survey import may read as a question whose answers become documents; {@code filled} counts its non-empty cells. */
public final class TextColumnChoice {
    private final String name;
    private final int filled;
    private final BooleanProperty selected;

    TextColumnChoice(String name, int filled, boolean selected) {
        this.name = name;
        this.filled = filled;
        this.selected = new SimpleBooleanProperty(this, "selected", selected);
    }

    public String name() {
        return name;
    }

    public int filled() {
        return filled;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
