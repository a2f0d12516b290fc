package dev.passage.ui.exchange;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Objects;

/** A filter list of the export dialog: its choices and which are checked (none checked = no restriction). */
public final class ChoiceList {
    private final ObservableList<Choice> choices = FXCollections.observableArrayList(c -> new javafx.beans.Observable[]{c.checkedProperty()});
    private final ReadOnlyIntegerWrapper checkedCount = new ReadOnlyIntegerWrapper(0);

    ChoiceList() {
        choices.addListener((javafx.collections.ListChangeListener<Choice>) change -> checkedCount.set(checked().size()));
    }

    public ObservableList<Choice> choices() {
        return choices;
    }

    /** The values of the checked choices, in list order. */
    public List<String> checked() {
        return choices.stream().filter(Choice::isChecked).map(Choice::value).toList();
    }

    public ReadOnlyIntegerProperty checkedCountProperty() {
        return checkedCount.getReadOnlyProperty();
    }

    /** Checks the choice with this value; false if there is none. */
    public boolean check(String value) {
        for (Choice c : choices) {
            if (Objects.equals(c.value(), value)) {
                c.setChecked(true);
                return true;
            }
        }
        return false;
    }

    public void clear() {
        choices.forEach(c -> c.setChecked(false));
    }

    /** Replaces the choices, keeping checked those whose value is still there. */
    void replace(List<Choice> fresh) {
        List<String> before = checked();
        fresh.forEach(c -> c.setChecked(before.contains(c.value())));
        choices.setAll(fresh);
    }
}
