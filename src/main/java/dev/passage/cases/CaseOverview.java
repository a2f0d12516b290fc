package dev.passage.cases;

import dev.passage.model.DocumentCase;
import dev.passage.model.Respondent;
import dev.passage.model.Unit;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableValue;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Read-only listings of the study design: units with their documents, respondents and scores; variables with their value counts. */
public final class CaseOverview {
    private final Database database;

    public CaseOverview(Database database) {
        this.database = database;
    }

    /** A unit with how many documents and respondents it holds and its UNIT variables' values (missing ones left out), by name. */
    public record UnitRow(long id, String name, String description, int documents, int respondents, Map<String, String> values) {
    }

    /** A variable with its type and how many owners have a value. */
    public record VariableRow(VariableScope scope, String name, String type, int values) {
    }

    public List<UnitRow> units() {
        return database.read(a -> {
            Map<Long, Integer> docs = new HashMap<>();
            for (DocumentCase d : a.documents().cases()) {
                if (d.unitId() != null) {
                    docs.merge(d.unitId(), 1, Integer::sum);
                }
            }
            Map<Long, Integer> respondents = new HashMap<>();
            for (Respondent r : a.respondents().list()) {
                if (r.unitId() != null) {
                    respondents.merge(r.unitId(), 1, Integer::sum);
                }
            }
            List<Variable> variables = a.variables().list(VariableScope.UNIT);
            Map<Long, Map<Long, VariableValue>> values = new HashMap<>();
            variables.forEach(v -> values.put(v.id(), a.variables().values(v.id())));
            List<UnitRow> out = new ArrayList<>();
            for (Unit u : a.units().list()) {
                Map<String, String> own = new LinkedHashMap<>();
                for (Variable v : variables) {
                    VariableValue value = values.get(v.id()).get(u.id());
                    if (value != null) {
                        own.put(v.name(), value.display());
                    }
                }
                out.add(new UnitRow(u.id(), u.name(), u.description(), docs.getOrDefault(u.id(), 0),
                                    respondents.getOrDefault(u.id(), 0), own));
            }
            return out;
        });
    }

    public List<VariableRow> variables() {
        return database.read(a -> a.variables().list().stream()
                                   .map(v -> new VariableRow(v.scope(), v.name(), v.type().name().toLowerCase(java.util.Locale.ROOT),
                                                             a.variables().values(v.id()).size()))
                                   .toList());
    }

    /** The units' names, by name. */
    public List<String> unitNames() {
        return database.read(a -> a.units().list().stream().map(Unit::name).toList());
    }

    /** Every variable's definition (scope, name, type). */
    public List<Variable> variableDefinitions() {
        return database.read(a -> a.variables().list());
    }

    /** The variables of one scope. */
    public List<Variable> variableDefinitions(VariableScope scope) {
        return database.read(a -> a.variables().list(scope));
    }

    /** Every document's unit, respondent and question, by document id. */
    public List<DocumentCase> documentCases() {
        return database.read(a -> a.documents().cases());
    }

    /** The names of the documents' attributes. */
    public List<String> attributeNames() {
        return database.read(a -> a.documents().attributeNames());
    }

    /** The document's value of a DOCUMENT variable as shown, or "" when it has none (or there is no such variable). */
    public String documentValue(long documentId, String variable) {
        return database.read(a -> a.variables().find(VariableScope.DOCUMENT, variable)
            .map(v -> a.variables().values(v.id()).get(documentId)).map(VariableValue::display).orElse(""));
    }

    /** One document's row of the classification grid: name, unit (or null) and its DOCUMENT variables' values as shown. */
    public record DocumentValues(long documentId, String name, String unit, Map<String, String> values) {
    }

    /** The classification grid: the DOCUMENT variables (by name) and every document that is not a survey answer. */
    public record DocumentGrid(List<Variable> variables, List<DocumentValues> documents) {
    }

    /** Every interview-like document (survey answers left out: theirs are respondent values) with its DOCUMENT variables. */
    public DocumentGrid documentGrid() {
        return database.read(a -> {
            List<Variable> variables = a.variables().list(VariableScope.DOCUMENT);
            Map<Long, Map<Long, VariableValue>> values = new HashMap<>();
            variables.forEach(v -> values.put(v.id(), a.variables().values(v.id())));
            Map<Long, String> units = new HashMap<>();
            a.units().list().forEach(u -> units.put(u.id(), u.name()));
            List<DocumentValues> rows = new ArrayList<>();
            for (DocumentCase d : a.documents().cases()) {
                if (d.isSurveyAnswer()) {
                    continue;
                }
                Map<String, String> own = new LinkedHashMap<>();
                for (Variable v : variables) {
                    VariableValue value = values.get(v.id()).get(d.documentId());
                    if (value != null) {
                        own.put(v.name(), value.display());
                    }
                }
                rows.add(new DocumentValues(d.documentId(), d.name(), d.unitId() == null ? null : units.get(d.unitId()), own));
            }
            return new DocumentGrid(variables, rows);
        });
    }
}
