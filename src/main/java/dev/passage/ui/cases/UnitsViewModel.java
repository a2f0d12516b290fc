package dev.passage.ui.cases;

import dev.passage.cases.CaseOverview;
import dev.passage.model.DocumentCase;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The units and their UNIT variables as a table (one row per unit, one column per variable), with each unit's document and
 * respondent counts; selecting a unit lists its documents (interviews first, then survey answers), and opening one shows it.
 * Reloads when the project changes.
 */
public final class UnitsViewModel {
    /** A document of the selected unit. */
    public record UnitDocument(long id, String name, boolean surveyAnswer) {
    }

    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final ObservableList<CaseOverview.UnitRow> units = FXCollections.observableArrayList();
    private final ObservableList<Variable> variables = FXCollections.observableArrayList();
    private final ObjectProperty<CaseOverview.UnitRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<UnitDocument> documents = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper documentsTitle = new ReadOnlyStringWrapper(this, "documentsTitle", "");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final InvalidationListener onData = o -> reload();
    private List<DocumentCase> cases = List.of();

    public UnitsViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        selected.addListener((o, a, b) -> showDocuments());
        context.dataVersionProperty().addListener(onData);
        reload();
    }

    /** One row per unit, by name: counts and the UNIT variables' values (as displayed, missing ones absent). */
    public ObservableList<CaseOverview.UnitRow> units() {
        return units;
    }

    /** The UNIT variables, one column each. */
    public ObservableList<Variable> variables() {
        return variables;
    }

    public ObjectProperty<CaseOverview.UnitRow> selectedProperty() {
        return selected;
    }

    /** The selected unit's documents: interviews first, then survey answers, by name. */
    public ObservableList<UnitDocument> documents() {
        return documents;
    }

    /** 'Documents of "Vej og Park" (2 interviews, 78 survey answers)'. */
    public ReadOnlyStringProperty documentsTitleProperty() {
        return documentsTitle.getReadOnlyProperty();
    }

    /** True after the first load: an empty table then means the project has no units. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Opens the document in the transcript. */
    public void open(UnitDocument doc) {
        if (doc != null) {
            context.openDocumentProperty().set(doc.id());
        }
    }

    /** A value as a number for sorting (null when it is not one). */
    public static Double number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public void dispose() {
        context.dataVersionProperty().removeListener(onData);
    }

    private record Loaded(List<CaseOverview.UnitRow> units, List<Variable> variables, List<DocumentCase> cases) {
    }

    /** Loads everything again in the background. */
    public void reload() {
        var session = context.session();
        context.tasks().submit(m.get("cases.unitsView.task"), p -> {
            List<CaseOverview.UnitRow> rows = new ArrayList<>(session.caseOverview().units());
            rows.sort(Comparator.comparing(CaseOverview.UnitRow::name, String.CASE_INSENSITIVE_ORDER));
            return new Loaded(rows, session.caseOverview().variableDefinitions(VariableScope.UNIT), session.caseOverview().documentCases());
        }, r -> {
            Long keep = selected.get() == null ? null : selected.get().id();
            cases = r.cases();
            variables.setAll(r.variables());
            units.setAll(r.units());
            selected.set(keep == null ? null : units.stream().filter(u -> u.id() == keep).findFirst().orElse(null));
            showDocuments();
            loaded.set(true);
        }, e -> dialogs.showError(m.get("cases.unitsView.failedTitle"), Problems.describe(e, m)));
    }

    private void showDocuments() {
        CaseOverview.UnitRow unit = selected.get();
        if (unit == null) {
            documents.clear();
            documentsTitle.set(m.get("cases.unitsView.selectUnit"));
            return;
        }
        List<UnitDocument> docs = cases.stream().filter(d -> Objects.equals(d.unitId(), unit.id()))
                                       .map(d -> new UnitDocument(d.documentId(), d.name(), d.isSurveyAnswer()))
                                       .sorted(Comparator.comparing(UnitDocument::surveyAnswer).thenComparing(UnitDocument::name))
                                       .toList();
        documents.setAll(docs);
        long answers = docs.stream().filter(UnitDocument::surveyAnswer).count();
        documentsTitle.set(m.get("cases.unitsView.documentsOf", unit.name(), docs.size() - answers, answers));
    }

    /** The unit's value of a variable as shown, or null when missing. */
    public static String value(CaseOverview.UnitRow row, String variable) {
        Map<String, String> values = row.values();
        return values.get(variable);
    }
}
