package dev.passage.cases;

import dev.passage.coding.CommandHistory;
import dev.passage.errors.Text;
import dev.passage.model.DocumentCase;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.store.Database;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Workbench edits of the study design, each one undoable through the session's {@link CommandHistory}: placing documents in
 * units (by an attribute, by a file-name pattern, or by hand) and setting DOCUMENT variables (one value, or a whole attribute
 * turned into a typed variable). Survey answers are never linked here: their unit is their respondent's.
 */
public final class CaseEditor {
    private final Database database;
    private final CommandHistory history;

    public CaseEditor(Database database, CommandHistory history) {
        this.database = database;
        this.history = history;
    }

    /**
     * Creates the units (with their descriptions) and places the documents in them in one write that is not undoable (a project
     * being set up, like the sample study, starts with an empty undo history); the edit history records it as {@code label}.
     */
    public void placeWithoutUndo(Map<String, String> unitDescriptions, Map<Long, String> unitOfDocument, String label) {
        database.write(tx -> {
            for (Map.Entry<String, String> u : unitDescriptions.entrySet()) {
                tx.units().ensure(u.getKey(), u.getValue());
            }
            for (Map.Entry<Long, String> d : unitOfDocument.entrySet()) {
                tx.documents().setUnit(d.getKey(), tx.units().ensure(d.getValue(), unitDescriptions.get(d.getValue())));
            }
            tx.record(dev.passage.model.EditRecord.of("document.link", "document", null, label)
                                                  .withCount(unitOfDocument.size())
                                                  .withAfter(dev.passage.model.EditRecord.values("units", unitDescriptions.size())));
            return null;
        });
    }

    /** Places every document with a non-blank {@code attribute} in the unit of that name (e.g. attribute "site"). */
    public LinkReport linkByAttribute(String attribute) {
        Map<Long, String> values = database.read(a -> a.documents().attributeValues(attribute));
        if (values.isEmpty()) {
            throw new CaseDataException(Text.of("cases.documentAttribute", attribute));
        }
        return link(Text.of("cases.label.linkByAttribute", attribute), doc -> Optional.ofNullable(values.get(doc.documentId())));
    }

    /**
     * Places every document whose name, or else the path it was imported from, matches {@code regex} in the unit the match
     * names: the group named {@code unit} if there is one, else the first group, else the whole match.
     */
    public LinkReport linkByPattern(String regex) {
        return byPattern(regex, true);
    }

    private LinkReport byPattern(String regex, boolean apply) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new CaseDataException(Text.of("cases.patternValidRegularExpression", regex, e.getDescription(), (e.getIndex() + 1)));
        }
        String group = pattern.namedGroups().containsKey("unit") ? "unit" : null;
        Map<Long, String> sources = database.read(a -> a.documents().importedFrom());
        return link(Text.of("cases.label.linkByPattern", regex), doc -> {
            Optional<String> unit = unitIn(pattern, group, doc.name());
            String source = sources.get(doc.documentId());
            if (unit.isEmpty() && source != null) {
                unit = unitIn(pattern, group, source).or(() -> unitIn(pattern, group, fileName(source)));
            }
            return unit;
        }, d -> true, apply);
    }

    /** Places one document in a unit (created when new). */
    public LinkReport link(String documentName, String unitName) {
        if (unitName == null || unitName.isBlank()) {
            throw new CaseDataException(Text.of("cases.nameUnitPlace", documentName));
        }
        DocumentCase doc = database.read(a -> a.documents().cases()).stream().filter(d -> d.name().equals(documentName)).findFirst()
                                   .orElseThrow(() -> new CaseDataException(Text.of("cases.thereDocumentNamed", documentName)));
        if (doc.isSurveyAnswer()) {
            throw new CaseDataException(Text.of("cases.surveyAnswerBelongsRespondent", documentName));
        }
        return link(Text.of("cases.label.place", documentName, unitName.strip()),
                    d -> d.documentId() == doc.documentId() ? Optional.of(unitName.strip()) : Optional.empty(),
                    d -> d.documentId() == doc.documentId());
    }

    /**
     * Places several documents (by id) in one unit (created when new) as one undoable step. Survey answers among them are
     * left out: their unit is their respondent's.
     */
    public LinkReport linkDocuments(java.util.Collection<Long> documentIds, String unitName) {
        if (unitName == null || unitName.isBlank()) {
            throw new CaseDataException(Text.of("cases.nameUnitPlaceDocuments"));
        }
        java.util.Set<Long> ids = java.util.Set.copyOf(documentIds);
        Text label = Text.of(ids.size() == 1 ? "cases.label.placeOne" : "cases.label.placeMany", ids.size(), unitName.strip());
        return link(label, d -> Optional.of(unitName.strip()), d -> ids.contains(d.documentId()), true);
    }

    /** What {@link #linkByAttribute} would do, without changing anything; {@code unitsCreated} names the units it would create. */
    public LinkReport previewByAttribute(String attribute) {
        Map<Long, String> values = database.read(a -> a.documents().attributeValues(attribute));
        return link(Text.plain(""), doc -> Optional.ofNullable(values.get(doc.documentId())), d -> true, false);
    }

    /** What {@link #linkByPattern} would do, without changing anything (a live preview); {@code unitsCreated} as would be. */
    public LinkReport previewByPattern(String regex) {
        return byPattern(regex, false);
    }

    private LinkReport link(Text label, java.util.function.Function<DocumentCase, Optional<String>> rule) {
        return link(label, rule, d -> true, true);
    }

    private LinkReport link(Text label, java.util.function.Function<DocumentCase, Optional<String>> rule,
                            java.util.function.Predicate<DocumentCase> considered) {
        return link(label, rule, considered, true);
    }

    private LinkReport link(Text label, java.util.function.Function<DocumentCase, Optional<String>> rule,
                            java.util.function.Predicate<DocumentCase> considered, boolean apply) {
        record Snapshot(List<DocumentCase> docs, Map<String, Long> units) {
        }
        Snapshot snap = database.read(a -> new Snapshot(a.documents().cases(), a.units().idsByName()));
        NameIndex units = new NameIndex(snap.units());
        List<LinkUnitsCommand.Move> moves = new ArrayList<>();
        List<LinkReport.Link> linked = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        int already = 0;
        for (DocumentCase doc : snap.docs()) {
            if (doc.isSurveyAnswer() || !considered.test(doc)) {
                continue;
            }
            Optional<String> unit = rule.apply(doc).map(String::strip).filter(u -> !u.isEmpty());
            if (unit.isEmpty()) {
                unmatched.add(doc.name());
                continue;
            }
            Long unitId = units.find(unit.get());
            if (unitId != null && unitId.equals(doc.unitId())) {
                already++;
                continue;
            }
            moves.add(new LinkUnitsCommand.Move(doc.documentId(), doc.unitId(), unit.get()));
            linked.add(new LinkReport.Link(doc.name(), unit.get()));
        }
        List<String> created = List.of();
        if (!apply) {
            List<String> known = new ArrayList<>();
            moves.stream().map(LinkUnitsCommand.Move::unit).filter(u -> units.find(u) == null).distinct().forEach(u -> {
                if (known.stream().noneMatch(k -> k.equalsIgnoreCase(u))) {
                    known.add(u);
                }
            });
            return new LinkReport(linked, already, unmatched, known);
        }
        if (!moves.isEmpty()) {
            LinkUnitsCommand command = history.run(new LinkUnitsCommand(label, moves));
            created = command.createdUnits().stream().map(dev.passage.model.Unit::name).toList();
        }
        return new LinkReport(linked, already, unmatched, created);
    }

    private static Optional<String> unitIn(Pattern pattern, String group, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        String unit = group != null ? m.group(group) : m.groupCount() >= 1 ? m.group(1) : m.group();
        return Optional.ofNullable(unit);
    }

    private static String fileName(String source) {
        try {
            Path name = Path.of(source).getFileName();
            return name == null ? source : name.toString();
        } catch (RuntimeException e) {
            return source;
        }
    }

    /**
     * Sets a DOCUMENT variable of one document (a blank value clears it). A new variable's type is read from the value
     * (number, date, else category); an existing variable keeps its type and the value must fit it.
     */
    public void setDocumentVariable(String documentName, String variable, String value) {
        long docId = database.read(a -> a.documents().findIdByName(documentName))
                             .orElseThrow(() -> new CaseDataException(Text.of("cases.thereDocumentNamed", documentName)));
        String name = variable.strip();
        if (name.isEmpty()) {
            throw new CaseDataException(Text.of("cases.nameVariableSet"));
        }
        Optional<Variable> existing = database.read(a -> a.variables().find(VariableScope.DOCUMENT, name));
        String v = value == null ? "" : value.strip();
        VariableType type = existing.map(Variable::type).orElseGet(() -> {
            VariableType inferred = CellValues.infer(List.of(v));
            return inferred == VariableType.TEXT ? VariableType.CATEGORY : inferred;
        });
        Map<Long, CellValues.Parsed> after = new LinkedHashMap<>();
        after.put(docId, v.isEmpty() ? null : parse(type, v, name + " of " + documentName));
        Text label = v.isEmpty() ? Text.of("cases.label.clear", name, documentName) : Text.of("cases.label.set", name, v, documentName);
        history.run(new SetValuesCommand(label, VariableScope.DOCUMENT, name, type, after));
    }

    /**
     * Turns a document attribute into a DOCUMENT variable of the same name, typed as given (null: inferred from the values).
     * Refused, with the documents named, when some value does not fit the type. Returns the number of values set.
     */
    public int attributeToVariable(String attribute, VariableType type) {
        Map<Long, String> values = database.read(a -> a.documents().attributeValues(attribute));
        values.values().removeIf(String::isBlank);
        if (values.isEmpty()) {
            throw new CaseDataException(Text.of("cases.documentValueAttribute", attribute));
        }
        Optional<Variable> existing = database.read(a -> a.variables().find(VariableScope.DOCUMENT, attribute));
        VariableType t = existing.map(Variable::type).orElse(type != null ? type : CellValues.infer(values.values()));
        if (existing.isPresent() && type != null && type != existing.get().type()) {
            throw new CaseDataException(Text.of("cases.alreadyDocumentVariableBecome", attribute, TypedTable.lower(existing.get().type()),
                    TypedTable.lower(type)));
        }
        Map<Long, CellValues.Parsed> after = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        Map<Long, String> names = new LinkedHashMap<>();
        database.read(a -> a.documents().cases()).forEach(d -> names.put(d.documentId(), d.name()));
        values.forEach((doc, raw) -> {
            try {
                after.put(doc, CellValues.parse(t, raw));
            } catch (IllegalArgumentException e) {
                bad.add(names.get(doc) + ": " + e.getMessage());
            }
        });
        if (!bad.isEmpty()) {
            throw new CaseDataException(Text.of("cases.attributeBecomeVariable", attribute, TypedTable.lower(t),
                    String.join("; ", bad.subList(0, Math.min(5, bad.size()))),
                    (bad.size() > 5 ? " (and " + (bad.size() - 5) + " more)" : "")));
        }
        history.run(new SetValuesCommand(Text.of("cases.label.attributeToVariable", attribute, TypedTable.lower(t)),
                                         VariableScope.DOCUMENT, attribute, t, after));
        return after.size();
    }

    private static CellValues.Parsed parse(VariableType type, String value, String what) {
        try {
            return CellValues.parse(type, value);
        } catch (IllegalArgumentException e) {
            throw new CaseDataException(Text.of("cases.setVariable", what, e.getMessage(), TypedTable.lower(type)));
        }
    }
}
