package dev.passage.ui.cases;

import dev.passage.cases.ImportPreview;
import dev.passage.cases.RowProblem;
import dev.passage.cases.SurveyImport;
import dev.passage.cases.SurveyImportReport;
import dev.passage.cases.Table;
import dev.passage.cases.TableRow;
import dev.passage.model.VariableType;
import dev.passage.ui.common.DialogService;
import dev.passage.ui.common.Messages;
import dev.passage.ui.common.ProjectContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Import survey answers": the respondent id column, the unit column (or none) and the free-text columns (preselected: those
 * that read as free text), a preview with counts (respondents, answers to create, empty answers skipped, rows left out),
 * then the import in the background and its report.
 */
public final class SurveyImportViewModel {
    private final ProjectContext context;
    private final DialogService dialogs;
    private final Messages m;
    private final TableFile file;
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObjectProperty<String> idColumn = new SimpleObjectProperty<>(this, "idColumn");
    private final ObjectProperty<String> unitColumn = new SimpleObjectProperty<>(this, "unitColumn");
    private final ObservableList<TextColumnChoice> textColumns = FXCollections.observableArrayList();
    private final Map<String, VariableType> overrides = new LinkedHashMap<>();
    private final Previews previews = new Previews();
    private final ReadOnlyIntegerWrapper respondents = new ReadOnlyIntegerWrapper(this, "respondents");
    private final ReadOnlyIntegerWrapper answers = new ReadOnlyIntegerWrapper(this, "answers");
    private final ReadOnlyIntegerWrapper emptyAnswers = new ReadOnlyIntegerWrapper(this, "emptyAnswers");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(this, "importing");
    private final ReadOnlyBooleanWrapper canImport = new ReadOnlyBooleanWrapper(this, "canImport");
    private final ReadOnlyObjectWrapper<SurveyImportReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper reportText = new ReadOnlyStringWrapper(this, "reportText", "");
    private List<String> unitNames = List.of();
    private boolean batch;

    public SurveyImportViewModel(ProjectContext context, DialogService dialogs) {
        this.context = context;
        this.dialogs = dialogs;
        this.m = context.messages();
        this.file = new TableFile(context.tasks(), m);
        file.onTable(this::tableRead);
        idColumn.addListener((o, a, b) -> columnsChanged());
        unitColumn.addListener((o, a, b) -> columnsChanged());
        previews.preview().addListener((o, a, b) -> {
            updateCounts();
            updateCanImport();
        });
        var cases = context.session().caseOverview();
        context.tasks().submit(m.get("cases.survey.unitsTask"), p -> cases.unitNames(),
                               names -> unitNames = names, e -> unitNames = List.of());
    }

    // ---- state

    public TableFile file() {
        return file;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    /** The column identifying respondents. */
    public ObjectProperty<String> idColumnProperty() {
        return idColumn;
    }

    /** The column naming each respondent's unit; null: no units. */
    public ObjectProperty<String> unitColumnProperty() {
        return unitColumn;
    }

    /** Every column but the id and unit, each with a check box: checked ones are questions whose answers become documents. */
    public ObservableList<TextColumnChoice> textColumns() {
        return textColumns;
    }

    public Previews previews() {
        return previews;
    }

    /** Respondents that will be imported (rows that can be read). */
    public ReadOnlyIntegerProperty respondentsProperty() {
        return respondents.getReadOnlyProperty();
    }

    /** Non-empty answers in the chosen text columns of those rows: the documents to create (or update, on a re-import). */
    public ReadOnlyIntegerProperty answersProperty() {
        return answers.getReadOnlyProperty();
    }

    /** Empty answers in the chosen text columns: no document is made for them. */
    public ReadOnlyIntegerProperty emptyAnswersProperty() {
        return emptyAnswers.getReadOnlyProperty();
    }

    /** "374 respondents · 700 answers become documents · 48 empty answers skipped". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** What to do before importing ("Tick at least one text column"); empty when ready. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canImportProperty() {
        return canImport.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SurveyImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportTextProperty() {
        return reportText.getReadOnlyProperty();
    }

    // ---- actions

    public boolean chooseFile() {
        return file.choose(dialogs, m.get("cases.survey.chooseTitle"));
    }

    public void open(Path path) {
        file.open(path);
    }

    /** The chosen text columns, in file order. */
    public List<String> chosenTextColumns() {
        return textColumns.stream().filter(c -> c.selectedProperty().get()).map(TextColumnChoice::name).toList();
    }

    /** Imports in the background (one transaction), then shows the report. */
    public void importNow() {
        Table table = file.tableProperty().get();
        if (table == null || !canImport.get()) {
            return;
        }
        SurveyImport.Options options = options();
        var session = context.session();
        importing.set(true);
        updateCanImport();
        context.tasks().submit(m.get("cases.survey.task", table.source()), progress -> {
            progress.update(0, 0, m.get("cases.survey.importing", respondents.get()));
            return session.surveyImport().apply(table, options);
        }, r -> {
            importing.set(false);
            report.set(r);
            reportText.set(describe(r));
            updateCanImport();
        }, e -> {
            importing.set(false);
            updateCanImport();
            dialogs.showError(m.get("cases.survey.failedTitle"), Problems.describe(e, m));
        });
    }

    // ---- internals

    private void tableRead(Table table) {
        overrides.clear();
        report.set(null);
        reportText.set("");
        batch = true;
        try {
            headers.setAll(table.headers());
            String id = Guess.respondentColumn(table);
            idColumn.set(id);
            unitColumn.set(Guess.unitColumn(table, unitNames, id));
        } finally {
            batch = false;
        }
        rebuildTextColumns(true);
        preview();
    }

    private void columnsChanged() {
        if (batch || file.tableProperty().get() == null) {
            return;
        }
        rebuildTextColumns(false);
        preview();
    }

    private void rebuildTextColumns(boolean guess) {
        Table table = file.tableProperty().get();
        Set<String> before = new HashSet<>(chosenTextColumns());
        List<String> except = new ArrayList<>();
        if (idColumn.get() != null) {
            except.add(idColumn.get());
        }
        if (unitColumn.get() != null) {
            except.add(unitColumn.get());
        }
        Set<String> chosen = guess ? new HashSet<>(Guess.textColumns(table, except)) : before;
        List<TextColumnChoice> out = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String h = table.headers().get(i);
            if (except.contains(h)) {
                continue;
            }
            int index = i;
            int filled = (int) table.rows().stream().filter(r -> !r.cell(index).isEmpty()).count();
            TextColumnChoice c = new TextColumnChoice(h, filled, chosen.contains(h));
            c.selectedProperty().addListener((o, a, b) -> {
                if (!batch) {
                    preview();
                }
            });
            out.add(c);
        }
        textColumns.setAll(out);
    }

    private SurveyImport.Options options() {
        Map<String, VariableType> types = new LinkedHashMap<>(overrides);
        types.keySet().retainAll(variableColumns());
        return new SurveyImport.Options(idColumn.get(), unitColumn.get(), chosenTextColumns(), types);
    }

    private Set<String> variableColumns() {
        Set<String> out = new HashSet<>(headers);
        out.remove(idColumn.get());
        out.remove(unitColumn.get());
        chosenTextColumns().forEach(out::remove);
        return out;
    }

    private void preview() {
        Table table = file.tableProperty().get();
        if (table == null || idColumn.get() == null) {
            return;
        }
        if (chosenTextColumns().isEmpty()) {
            hint.set(m.get("cases.survey.chooseText"));
            previews.clear();
            updateCounts();
            updateCanImport();
            return;
        }
        hint.set("");
        SurveyImport.Options options = options();
        var session = context.session();
        previews.run(context.tasks(), m, m.get("cases.survey.previewTask"), () -> session.surveyImport().preview(table, options),
                     (column, type) -> {
                         overrides.put(column.name(), type);
                         preview();
                     });
    }

    private void updateCounts() {
        ImportPreview p = previews.preview().get();
        Table table = file.tableProperty().get();
        if (p == null || table == null) {
            respondents.set(0);
            answers.set(0);
            emptyAnswers.set(0);
            counts.set("");
            return;
        }
        Set<Integer> left = new HashSet<>();
        p.problems().stream().map(RowProblem::row).forEach(left::add);
        List<Integer> texts = chosenTextColumns().stream().map(table::column).toList();
        int filled = 0;
        int empty = 0;
        for (TableRow r : table.rows()) {
            if (left.contains(r.number())) {
                continue;
            }
            for (int c : texts) {
                if (r.cell(c).isEmpty()) {
                    empty++;
                } else {
                    filled++;
                }
            }
        }
        respondents.set(p.importableRows());
        answers.set(filled);
        emptyAnswers.set(empty);
        counts.set(m.get("cases.survey.counts", p.importableRows(), filled, texts.size(), empty));
    }

    private void updateCanImport() {
        canImport.set(previews.preview().get() != null && answers.get() + respondents.get() > 0 && !importing.get()
                      && !chosenTextColumns().isEmpty());
    }

    String describe(SurveyImportReport r) {
        List<String> lines = new ArrayList<>();
        r.warnings().forEach(w -> lines.add(m.get("cases.warning", w)));
        lines.add(m.get("cases.survey.reportRows", r.importedRows(), r.rows(), r.source()));
        lines.add(m.get("cases.survey.reportRespondents", r.respondentsCreated(), r.respondentsUpdated(), r.respondentsMoved()));
        lines.add(m.get("cases.survey.reportAnswers", r.answersCreated(), r.answersReplaced(), r.answersUnchanged()));
        if (r.unitsCreated() > 0) {
            lines.add(m.get("cases.survey.reportUnits", r.unitsCreated()));
        }
        lines.add(m.get("cases.survey.reportValues", r.valuesSet(), r.valuesCleared()));
        if (!r.problems().isEmpty()) {
            lines.add(m.get("cases.reportSkipped", r.problems().size()));
            r.problems().stream().map(RowProblem::describe).forEach(p -> lines.add("\u2022 " + p));
        }
        if (!r.notices().isEmpty()) {
            lines.add(m.get("cases.survey.reportKept", r.notices().size()));
            r.notices().stream().map(RowProblem::describe).forEach(p -> lines.add("\u2022 " + p));
        }
        return String.join("\n", lines);
    }
}
