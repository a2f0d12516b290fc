package dev.passage.ui.mixed;

import dev.passage.coding.Codebook;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.session.ProjectSession;
import dev.passage.store.ChangeSet;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.LatestOnly;
import dev.passage.ui.common.ProjectContext;
import dev.passage.ui.common.WhereConditions;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The joint displays dock view: four tabs over the same study (code x unit matrix, codes by unit score, crosstab,
 * quantitize). It keeps the codes and variables to choose from, and when a commit touches codings, documents, the codebook
 * or variables it reloads them and recomputes the tab on screen (the others when they are next shown). Memo edits and
 * other changes that cannot change a count are ignored.
 */
public final class JointDisplaysViewModel {
    /** The tabs, in order. */
    public enum Display { MATRIX, SCORE, CROSSTAB, QUANTITIZE }

    /** Variables that quantitizing wrote (code:PATH:MEASURE) count codes: they are no score or grouping of their own. */
    static final String QUANTITIZED_PREFIX = "code:";

    private final ProjectContext context;
    private final ObservableList<CodeChoice> codes = FXCollections.observableArrayList();
    private final ObservableList<Variable> unitNumbers = FXCollections.observableArrayList();
    private final ObservableList<Variable> variables = FXCollections.observableArrayList();
    private final ObjectProperty<Display> display = new SimpleObjectProperty<>(Display.MATRIX);
    private final MatrixViewModel matrix;
    private final ScoreViewModel score;
    private final CrosstabViewModel crosstab;
    private final QuantitizeViewModel quantitize;
    private final List<Recompute<?, ?>> all;
    private ChangeSet handledChange;
    private final LatestOnly choiceLoads = new LatestOnly();
    private final ChangeListener<Number> dataTick = (o, a, b) -> dataChanged();
    private final WhereConditions where;
    private final javafx.beans.property.ReadOnlyStringWrapper whereNote = new javafx.beans.property.ReadOnlyStringWrapper("");

    public JointDisplaysViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        matrix = new MatrixViewModel(context, dialogs);
        score = new ScoreViewModel(context, dialogs, codes, unitNumbers);
        crosstab = new CrosstabViewModel(context, dialogs, variables);
        quantitize = new QuantitizeViewModel(context, dialogs, codes);
        all = List.of(matrix, score, crosstab, quantitize);
        where = new WhereConditions(context.messages(), c -> context.messages().get("mixed.where.chip", c), this::conditionsChanged);
        List.of(matrix, score, crosstab).forEach(r -> r.whereFrom(where::list));
        display.addListener((o, a, b) -> {
            showDisplay();
            noteWhere();
        });
        context.dataVersionProperty().addListener(dataTick);
        loadChoices();
    }

    public MatrixViewModel matrix() {
        return matrix;
    }

    public ScoreViewModel score() {
        return score;
    }

    public CrosstabViewModel crosstab() {
        return crosstab;
    }

    public QuantitizeViewModel quantitize() {
        return quantitize;
    }

    /** The tab on screen; only it computes (the others when shown). */
    public ObjectProperty<Display> displayProperty() {
        return display;
    }

    /** Every code in codebook order. */
    public ObservableList<CodeChoice> codes() {
        return codes;
    }

    /**
     * The Where conditions ({@code unit.size > 20}) that the matrix, codes by unit score and the crosstab count under, one
     * chip each. Quantitizing writes every unit's values and does not take them: {@link #whereNoteProperty()} says so.
     */
    public WhereConditions where() {
        return where;
    }

    /** Why the display on screen does not apply the Where conditions in force ("" when it does, or there are none). */
    public javafx.beans.property.ReadOnlyStringProperty whereNoteProperty() {
        return whereNote.getReadOnlyProperty();
    }

    private void conditionsChanged() {
        noteWhere();
        all.forEach(Recompute::invalidate);
    }

    private void noteWhere() {
        whereNote.set(display.get() == Display.QUANTITIZE && !where.isEmpty() ? context.messages().get("mixed.where.notQuantitize") : "");
    }

    /** Stops following the project (when the view closes). */
    public void dispose() {
        context.dataVersionProperty().removeListener(dataTick);
    }

    private void showDisplay() {
        for (int i = 0; i < all.size(); i++) {
            all.get(i).setShown(i == display.get().ordinal());
        }
    }

    private record Choices(List<CodeChoice> codes, List<Variable> unitNumbers, List<Variable> variables) {
    }

    private void loadChoices() {
        LatestOnly.Ticket gen = choiceLoads.start();
        ProjectSession session = context.session();
        context.tasks().submit(context.messages().get("mixed.choicesTask"), p -> choices(session), c -> {
            if (gen.isCurrent()) {
                applyChoices(c);
            }
        }, e -> {
            if (gen.isCurrent()) {
                applyChoices(new Choices(List.of(), List.of(), List.of()));
            }
        });
    }

    private static Choices choices(ProjectSession session) {
        Codebook book = session.codebook().codebook();
        List<Variable> vars = session.caseOverview().variableDefinitions().stream()
                                     .filter(v -> !v.name().startsWith(QUANTITIZED_PREFIX)).toList();
        List<Variable> numbers = vars.stream().filter(v -> v.scope() == VariableScope.UNIT && v.type() == VariableType.NUMBER).toList();
        return new Choices(CoreRows.codes(book), numbers, vars);
    }

    private void applyChoices(Choices c) {
        all.forEach(Recompute::hold);
        try {
            if (!codes.equals(c.codes())) {
                codes.setAll(c.codes());
            }
            if (!unitNumbers.equals(c.unitNumbers())) {
                unitNumbers.setAll(c.unitNumbers());
            }
            if (!variables.equals(c.variables())) {
                variables.setAll(c.variables());
            }
            score.choicesChanged();
            crosstab.choicesChanged();
            quantitize.choicesChanged();
            all.forEach(Recompute::invalidate);
            showDisplay();
        } finally {
            all.forEach(Recompute::release);
        }
    }

    private void dataChanged() {
        ChangeSet change = context.lastChangeProperty().get();
        if (change != null && change == handledChange) {
            return;
        }
        handledChange = change;
        if (change == null || change.codebookChanged() || change.variablesChanged()
            || !change.touchedDocuments().isEmpty()) {
            loadChoices();
        }
    }
}
