package dev.passage.cases;

import dev.passage.errors.Text;
import dev.passage.model.DocumentCase;
import dev.passage.model.NewSurveyAnswer;
import dev.passage.model.Respondent;
import dev.passage.model.SurveyAnswer;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;
import dev.passage.store.Database;
import dev.passage.store.Tx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Imports an open-ended survey: each row is a respondent (named in the id column, placed in the unit named in the unit
 * column, units created when new); each chosen text column is a question whose non-empty answers become codable documents
 * named "{@code <id> · <question>}"; every other column becomes a typed RESPONDENT variable.
 *
 * <p>Importing again updates values, moves respondents (and their answers) to their new unit and never duplicates answers:
 * an answer is the respondent's document for that question. A changed answer text replaces the stored one only when the
 * stored answer has no codings; a coded answer keeps its text (and codings) and the report says so. An answer that is now
 * empty keeps its stored document. Everything is written in one transaction, in batches.
 */
public final class SurveyImport {
    /** Between the respondent id and the question in an answer document's name. */
    public static final String NAME_SEPARATOR = " · ";
    private static final int MAX_QUESTION = 300;

    private final Database database;

    public SurveyImport(Database database) {
        this.database = database;
    }

    /** The import's options: id column, unit column (null: no units), the text (question) columns, types for some variables. */
    public record Options(String idColumn, String unitColumn, List<String> textColumns, Map<String, VariableType> types) {
        public Options {
            textColumns = List.copyOf(textColumns);
            types = Map.copyOf(types);
            if (textColumns.isEmpty()) {
                throw new CaseDataException(Text.of("cases.nameLeastOneText"));
            }
        }
    }

    /** What {@link #apply} would do, without writing anything. */
    public ImportPreview preview(Table table, Options options) {
        return database.read(a -> typed(table, options, a.variables().list(VariableScope.RESPONDENT)).preview());
    }

    /** Imports the readable rows in one transaction and reports the others. */
    public SurveyImportReport apply(Table table, Options options) {
        return database.write(tx -> new Run(tx, table, typed(table, options, tx.variables().list(VariableScope.RESPONDENT))).run());
    }

    private static TypedTable typed(Table table, Options options, List<Variable> existing) {
        Map<String, ImportColumn.Role> roles = new LinkedHashMap<>();
        roles.put(options.idColumn(), ImportColumn.Role.ID);
        if (options.unitColumn() != null) {
            roles.put(options.unitColumn(), ImportColumn.Role.UNIT);
        }
        for (String text : options.textColumns()) {
            if (roles.containsKey(text)) {
                throw new CaseDataException(Text.of("cases.columnBothText", table.source(), text, roles.get(text)));
            }
            roles.put(text, ImportColumn.Role.TEXT);
        }
        TypedTable typed = new TypedTable(table, roles, options.types(), VariableScope.RESPONDENT, existing);
        for (ImportColumn c : typed.columns) {
            if (c.role() == ImportColumn.Role.TEXT && c.name().length() > MAX_QUESTION) {
                throw new CaseDataException(Text.of("cases.questionColumnLongerThan", table.source(), (c.index() + 1), MAX_QUESTION));
            }
        }
        return typed;
    }

    /** One import inside its transaction. */
    private static final class Run {
        private final Tx tx;
        private final Table table;
        private final TypedTable typed;
        private final List<RowProblem> notices = new ArrayList<>();
        private int unitsCreated;

        Run(Tx tx, Table table, TypedTable typed) {
            this.tx = tx;
            this.table = table;
            this.typed = typed;
        }

        SurveyImportReport run() {
            Map<TypedTable.Accepted, Long> unitOf = units();
            // respondents: create the new ones in one batch, move the existing ones whose unit changed
            Map<String, Respondent> existing = new HashMap<>();
            tx.respondents().list().forEach(r -> existing.put(r.externalId(), r));
            Map<String, Long> toCreate = new LinkedHashMap<>();
            Map<Long, Long> toMove = new LinkedHashMap<>();
            for (TypedTable.Accepted row : typed.accepted) {
                Respondent r = existing.get(row.id());
                if (r == null) {
                    toCreate.put(row.id(), unitOf.get(row));
                } else if (!Objects.equals(r.unitId(), unitOf.get(row))) {
                    toMove.put(r.id(), unitOf.get(row));
                }
            }
            Map<String, Long> ids = toCreate.isEmpty() ? tx.respondents().idsByExternalId() : tx.respondents().insertAll(toCreate);
            tx.respondents().moveAll(toMove);
            Map<TypedTable.Accepted, Long> owners = new LinkedHashMap<>();
            Set<Long> existingIds = new HashSet<>();
            for (TypedTable.Accepted row : typed.accepted) {
                long id = ids.get(row.id());
                owners.put(row, id);
                if (existing.containsKey(row.id())) {
                    existingIds.add(id);
                }
            }
            ValueWriter.Counts values = ValueWriter.write(tx, VariableScope.RESPONDENT, typed, owners, existingIds);
            int[] answers = answers(owners);
            tx.record(dev.passage.model.EditRecord.of("survey.import", "respondents", null, table.source())
                                                  .withCount(typed.accepted.size())
                                                  .withAfter(dev.passage.model.EditRecord.values(
                                                          "rows", typed.accepted.size(), "respondents_created", toCreate.size(),
                                                          "respondents_updated", existingIds.size(), "units_created", unitsCreated,
                                                          "answers", answers[0], "values_set", values.set(),
                                                          "values_cleared", values.cleared(), "rows_refused", typed.problems.size())));
            return new SurveyImportReport(table.source(), table.rows().size(), typed.accepted.size(), toCreate.size(),
                                          existingIds.size(), toMove.size(), unitsCreated, answers[0], answers[1], answers[2],
                                          values.set(), values.cleared(), typed.problems, notices, table.warnings());
        }

        /** Each accepted row's unit id (null without a unit column or with an empty cell), creating new units. */
        private Map<TypedTable.Accepted, Long> units() {
            Map<TypedTable.Accepted, Long> out = new HashMap<>();
            ImportColumn unit = typed.column(ImportColumn.Role.UNIT);
            if (unit == null) {
                return out;
            }
            NameIndex units = new NameIndex(tx.units().idsByName());
            for (TypedTable.Accepted row : typed.accepted) {
                String name = row.row().cell(unit.index());
                if (name.isEmpty()) {
                    continue;
                }
                Long id = units.find(name);
                if (id == null) {
                    id = tx.units().ensure(name, null);
                    units.add(name, id);
                    unitsCreated++;
                }
                out.put(row, id);
            }
            return out;
        }

        /** Creates, replaces or keeps each answer; returns {created, replaced, unchanged}. */
        private int[] answers(Map<TypedTable.Accepted, Long> owners) {
            Map<String, SurveyAnswer> stored = new HashMap<>();
            tx.respondents().answers().forEach(a -> stored.put(a.respondentId() + "\n" + a.question(), a));
            Set<String> names = new HashSet<>();
            for (DocumentCase d : tx.documents().cases()) {
                names.add(d.name());
            }
            List<NewSurveyAnswer> created = new ArrayList<>();
            int replaced = 0;
            int unchanged = 0;
            Instant now = Instant.now();
            String from = table.file().toAbsolutePath().toString();
            for (ImportColumn question : typed.columns.stream().filter(c -> c.role() == ImportColumn.Role.TEXT).toList()) {
                for (Map.Entry<TypedTable.Accepted, Long> e : owners.entrySet()) {
                    TableRow row = e.getKey().row();
                    String text = row.cell(question.index());
                    SurveyAnswer before = stored.get(e.getValue() + "\n" + question.name());
                    String name = e.getKey().id() + NAME_SEPARATOR + question.name();
                    if (before == null && text.isEmpty()) {
                        continue;
                    }
                    if (before == null) {
                        if (!names.add(name)) {
                            notices.add(new RowProblem(row.number(), question.name(), "a document named \"" + name
                                                                                      + "\" already exists; this answer was not imported"));
                        } else {
                            created.add(new NewSurveyAnswer(e.getValue(), question.name(), name, text, from, now));
                        }
                    } else if (before.text().equals(text)) {
                        unchanged++;
                    } else if (text.isEmpty()) {
                        notices.add(new RowProblem(row.number(), question.name(), "the answer is empty in the file; the stored answer \""
                                                                                  + before.name() + "\" was kept"));
                    } else if (before.codingCount() > 0) {
                        notices.add(new RowProblem(row.number(), question.name(), "the answer text changed, but the stored answer \""
                                                   + before.name() + "\" has " + before.codingCount() + " codings; it keeps its text"
                                                   + " and codings (remove the codings to take the new text)"));
                    } else {
                        tx.documents().replaceText(before.documentId(), text);
                        replaced++;
                    }
                }
            }
            tx.respondents().insertAnswers(created);
            return new int[] {created.size(), replaced, unchanged};
        }
    }
}
