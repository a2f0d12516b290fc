package dev.passage.ui.exchange;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One checkable entry of an export filter list: the value the core is given and the label the user reads. */
public final class Choice {
    private final String value;
    private final String label;
    private final BooleanProperty checked = new SimpleBooleanProperty(false);

    public Choice(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public boolean isChecked() {
        return checked.get();
    }

    public void setChecked(boolean on) {
        checked.set(on);
    }

    @Override
    public String toString() {
        return label;
    }
}
