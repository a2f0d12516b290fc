package dev.passage.cases;

import dev.passage.errors.Text;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table with its columns typed and its rows checked: which rows can be imported (an id, no duplicate id, every variable
 * cell readable as its column's type) and which cannot, and why. Shared by the unit and the survey import.
 */
final class TypedTable {
    static final int PREVIEW_ROWS = 10;

    /** A row that can be imported: its id and each variable column's value (null: missing). */
    record Accepted(TableRow row, String id, Map<ImportColumn, CellValues.Parsed> values) {
    }

    final Table table;
    final List<ImportColumn> columns;
    final List<Accepted> accepted = new ArrayList<>();
    final List<RowProblem> problems = new ArrayList<>();

    /**
     * @param roles    the columns with a role other than VARIABLE (by header as the user named it)
     * @param types    the user's type for some variable columns
     * @param existing the project's variables of the scope the variables go to (their type wins over inference)
     */
    TypedTable(Table table, Map<String, ImportColumn.Role> roles, Map<String, VariableType> types, VariableScope scope,
               List<Variable> existing) {
        this.table = table;
        Map<Integer, ImportColumn.Role> roleByIndex = new HashMap<>();
        roles.forEach((header, role) -> {
            ImportColumn.Role before = roleByIndex.put(table.column(header), role);
            if (before != null) {
                throw new CaseDataException(Text.of("cases.columnBoth", table.source(), header, name(before), name(role)));
            }
        });
        Map<Integer, VariableType> given = new HashMap<>();
        types.forEach((header, type) -> given.put(table.column(header), type));
        Map<String, Variable> stored = new HashMap<>();
        existing.stream().filter(v -> v.scope() == scope).forEach(v -> stored.put(v.name(), v));
        this.columns = new ArrayList<>();
        for (int i = 0; i < table.headers().size(); i++) {
            String header = table.headers().get(i);
            int index = i;
            int filled = (int) table.rows().stream().filter(r -> !r.cell(index).isEmpty()).count();
            ImportColumn.Role role = roleByIndex.getOrDefault(i, ImportColumn.Role.VARIABLE);
            if (role != ImportColumn.Role.VARIABLE) {
                columns.add(new ImportColumn(header, i, role, null, null, filled));
                continue;
            }
            Variable variable = stored.get(header);
            VariableType type = given.get(i);
            if (variable != null && type != null && type != variable.type()) {
                throw new CaseDataException(Text.of("cases.columnVariableProjectImported", table.source(), header, lower(variable.type()),
                        lower(type)));
            }
            if (variable != null) {
                columns.add(new ImportColumn(header, i, role, variable.type(), ImportColumn.TypeSource.PROJECT, filled));
            } else if (type != null) {
                columns.add(new ImportColumn(header, i, role, type, ImportColumn.TypeSource.GIVEN, filled));
            } else {
                VariableType inferred = CellValues.infer(table.rows().stream().map(r -> r.cell(index)).toList());
                columns.add(new ImportColumn(header, i, role, inferred, ImportColumn.TypeSource.INFERRED, filled));
            }
        }
        check();
    }

    private void check() {
        ImportColumn id = columns.stream().filter(c -> c.role() == ImportColumn.Role.ID).findFirst().orElseThrow();
        Map<String, Integer> firstRowOfId = new HashMap<>();
        for (TableRow row : table.rows()) {
            String key = row.cell(id.index());
            if (key.isEmpty()) {
                problems.add(new RowProblem(row.number(), id.name(), "the id is empty; the row was not imported"));
                continue;
            }
            Integer first = firstRowOfId.putIfAbsent(key.toLowerCase(Locale.ROOT), row.number());
            if (first != null) {
                problems.add(new RowProblem(row.number(), id.name(), "the id \"" + key + "\" was already used in row " + first
                                                                    + "; the row was not imported"));
                continue;
            }
            Map<ImportColumn, CellValues.Parsed> values = new LinkedHashMap<>();
            boolean ok = true;
            for (ImportColumn c : variables()) {
                String cell = row.cell(c.index());
                if (cell.isEmpty()) {
                    values.put(c, null);
                    continue;
                }
                try {
                    values.put(c, CellValues.parse(c.type(), cell));
                } catch (IllegalArgumentException e) {
                    problems.add(new RowProblem(row.number(), c.name(), e.getMessage() + " (the column is " + lower(c.type())
                                                                        + "); the row was not imported"));
                    ok = false;
                }
            }
            if (ok) {
                accepted.add(new Accepted(row, key, values));
            }
        }
    }

    List<ImportColumn> variables() {
        return columns.stream().filter(c -> c.role() == ImportColumn.Role.VARIABLE).toList();
    }

    ImportColumn column(ImportColumn.Role role) {
        return columns.stream().filter(c -> c.role() == role).findFirst().orElse(null);
    }

    ImportPreview preview() {
        int width = table.headers().size();
        List<List<String>> first = table.rows().stream().limit(PREVIEW_ROWS)
                                        .map(r -> java.util.stream.IntStream.range(0, width).mapToObj(r::cell).toList()).toList();
        return new ImportPreview(table.source(), columns, first, table.rows().size(), accepted.size(), problems, table.warnings());
    }

    static String lower(VariableType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static String name(ImportColumn.Role role) {
        return switch (role) {
            case ID -> "the id";
            case UNIT -> "the unit";
            case TEXT -> "a text";
            case VARIABLE -> "a variable";
        };
    }
}
