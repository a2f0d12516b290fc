package dev.passage.ui.common;

import dev.passage.cases.Condition;
import dev.passage.cases.ConditionSyntaxException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Function;

/**
 * The variable conditions a view counts under ({@code unit.size > 20}; all must hold), as a ViewModel keeps them: the typed
 * text, a syntax error inline (nothing is added), and one removable chip per condition in force. {@code changed} runs after
 * every addition or removal, so the view recounts; a condition the project cannot resolve (no such variable) is reported by
 * that count, through {@link #fail(String)}.
 */
public final class WhereConditions {
    private final ObservableList<String> conditions = FXCollections.observableArrayList();
    private final StringProperty input = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<ActiveFilter> chips = FXCollections.observableArrayList();
    private final Messages messages;
    private final Runnable changed;

    /** {@code chipLabel}: a condition in words for its chip ("Where unit.size > 20"). */
    public WhereConditions(Messages messages, Function<String, String> chipLabel, Runnable changed) {
        this.messages = messages;
        this.changed = changed;
        conditions.addListener((ListChangeListener<String>) c ->
            chips.setAll(conditions.stream().map(w -> new ActiveFilter(chipLabel.apply(w), () -> remove(w))).toList()));
    }

    /** The text being typed in the Where field. */
    public StringProperty inputProperty() {
        return input;
    }

    /** Why the typed condition or the conditions in force cannot be used ("" when they can). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** One chip per condition in force. */
    public ObservableList<ActiveFilter> chips() {
        return FXCollections.unmodifiableObservableList(chips);
    }

    /** The conditions in force, as typed. */
    public List<String> list() {
        return List.copyOf(conditions);
    }

    public boolean isEmpty() {
        return conditions.isEmpty();
    }

    /** Reads the typed condition: a syntax error stays inline; a readable one becomes a chip and the view recounts. */
    public boolean add() {
        String text = input.get() == null ? "" : input.get().strip();
        if (text.isEmpty()) {
            error.set("");
            return false;
        }
        try {
            Condition.parse(text);
        } catch (ConditionSyntaxException e) {
            error.set(messages.message(e));
            return false;
        }
        error.set("");
        input.set("");
        if (!conditions.contains(text)) {
            conditions.add(text);
            changed.run();
        }
        return true;
    }

    /** Takes a condition away and recounts. */
    public void remove(String condition) {
        if (conditions.remove(condition)) {
            error.set("");
            changed.run();
        }
    }

    /** Takes every condition away (recounts once). */
    public void clear() {
        if (!conditions.isEmpty()) {
            conditions.clear();
            error.set("");
            changed.run();
        }
    }

    /** Shows why the conditions in force could not be used (e.g. "There is no variable named …"). */
    public void fail(String message) {
        error.set(message);
    }

    /** Clears an error reported by {@link #fail(String)} after a count that worked. */
    public void ok() {
        error.set("");
    }
}
