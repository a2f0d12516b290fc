package dev.passage.export;

import dev.passage.coding.Codebook;
import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentCase;
import dev.passage.model.SpeakerTurn;
import dev.passage.model.Unit;
import dev.passage.model.VariableValue;
import dev.passage.store.CodingSelection;
import dev.passage.store.Database;
import dev.passage.store.StoreAccess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Streams coded excerpts out of the store for exports and reports. Codings come through a database cursor and only one
 * document's text is held at a time, so memory does not grow with the number of excerpts; what is held per project is
 * small (document cases, unit and respondent names, and the values of the chosen variables).
 */
public final class ExcerptReader {
    /** BY_DOCUMENT: document name, then position (tables). BY_CODE: codebook order, then document and position (reports). */
    public enum Order { BY_DOCUMENT, BY_CODE }

    /** How often a code was applied within a selection, and in how many documents. */
    public record CodeCount(int segments, int documents) {
    }

    private final Database database;
    private final Codebook book;
    private final dev.passage.model.CoderScope scope;

    public ExcerptReader(Database database, Codebook book) {
        this(database, book, dev.passage.model.CoderScope.EVERYONE);
    }

    /** A reader that sees only the codings {@code scope} lets through (the session's "Show codings of"). */
    public ExcerptReader(Database database, Codebook book, dev.passage.model.CoderScope scope) {
        this.database = database;
        this.book = book;
        this.scope = scope;
    }

    /** Whose codings this reader sees. */
    public dev.passage.model.CoderScope scope() {
        return scope;
    }

    public Codebook codebook() {
        return book;
    }

    /** The export columns for the named variables (see {@link VariableColumns}); unknown or ambiguous names fail clearly. */
    public List<VariableColumn> columns(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return database.read(a -> VariableColumns.resolve(names, a.variables().list(), a.documents().attributeNames(),
                                                          ExcerptTable.FIXED_HEADERS));
    }

    /** The codes the filter selects, in codebook order (every code when it names none). */
    public List<Code> codes(ExcerptFilter filter) {
        Set<Long> ids = codeIds(filter);
        return book.all().stream().filter(c -> ids == null || ids.contains(c.id())).toList();
    }

    /**
     * Passes every excerpt the filter selects to {@code each}, in {@code order}, with {@code contextWords} words of context
     * either side (0: none) and the values of {@code columns}. Returns how many.
     */
    public int forEach(ExcerptFilter filter, List<VariableColumn> columns, Order order, int contextWords, Consumer<Excerpt> each) {
        return database.read(a -> {
            CodingSelection selection = selection(a, filter);
            Rows rows = new Rows(a, columns, contextWords);
            if (order == Order.BY_DOCUMENT) {
                return a.codings(scope).forEach(selection, c -> each.accept(rows.excerpt(c)));
            }
            int n = 0;
            for (Code code : book.all()) {
                if (selection.codeIds() == null || selection.codeIds().contains(code.id())) {
                    n += a.codings(scope).forEach(new CodingSelection(Set.of(code.id()), selection.documentIds(), selection.coders()),
                                             c -> each.accept(rows.excerpt(c)));
                }
            }
            return n;
        });
    }

    /** Segments and documents per code id within the filter's selection, read without any text (codes not applied are absent). */
    public Map<Long, CodeCount> counts(ExcerptFilter filter) {
        Map<Long, int[]> tally = new HashMap<>();
        Map<Long, Long> lastDocument = new HashMap<>();
        database.read(a -> a.codings(scope).forEach(selection(a, filter), c -> {
            int[] t = tally.computeIfAbsent(c.codeId(), k -> new int[2]);
            t[0]++;
            if (!Long.valueOf(c.documentId()).equals(lastDocument.put(c.codeId(), c.documentId()))) {
                t[1]++; // codings arrive grouped by document, so a new document id is a new document for this code
            }
        }));
        Map<Long, CodeCount> out = new LinkedHashMap<>();
        tally.forEach((code, t) -> out.put(code, new CodeCount(t[0], t[1])));
        return out;
    }

    private Set<Long> codeIds(ExcerptFilter filter) {
        if (filter.codePaths().isEmpty()) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String path : filter.codePaths()) {
            Code code = book.findByPath(path).orElseThrow(() -> new ExportException(Text.of("export.thereCodeCodebook", path)));
            ids.addAll(filter.withSubcodes() ? book.selfAndDescendants(code.id()) : Set.of(code.id()));
        }
        return ids;
    }

    private CodingSelection selection(StoreAccess a, ExcerptFilter filter) {
        Set<Long> docs = filter.documentScope() == null ? null : new HashSet<>(filter.documentScope());
        if (!filter.documents().isEmpty()) {
            List<DocumentCase> cases = a.documents().cases();
            Set<Long> named = new HashSet<>();
            for (String name : filter.documents()) {
                named.add(byName(cases, DocumentCase::name, name, "document").documentId());
            }
            docs = intersect(docs, named);
        }
        if (!filter.units().isEmpty()) {
            List<Unit> units = a.units().list();
            Set<Long> unitIds = new HashSet<>();
            for (String name : filter.units()) {
                unitIds.add(byName(units, Unit::name, name, "unit").id());
            }
            Set<Long> inUnits = new HashSet<>();
            a.documents().cases().stream().filter(c -> c.unitId() != null && unitIds.contains(c.unitId()))
             .forEach(c -> inUnits.add(c.documentId()));
            docs = intersect(docs, inUnits);
        }
        Set<String> coders = filter.coders().isEmpty() ? null : Set.copyOf(filter.coders());
        return new CodingSelection(codeIds(filter), docs, coders);
    }

    /** Exact name first, then ignoring case when that is unambiguous. */
    private static <T> T byName(List<T> items, Function<T, String> name, String wanted, String kind) {
        Optional<T> exact = items.stream().filter(i -> name.apply(i).equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact.get();
        }
        List<T> loose = items.stream().filter(i -> name.apply(i).equalsIgnoreCase(wanted.strip())).toList();
        if (loose.size() == 1) {
            return loose.getFirst();
        }
        throw new ExportException(Text.of("export.thereNamed", kind, wanted));
    }

    private static Set<Long> intersect(Set<Long> a, Set<Long> b) {
        if (a == null) {
            return b;
        }
        a.retainAll(b);
        return a;
    }

    /** Builds excerpts from codings; holds the current document's text and turns, and the project's small lookups. */
    private final class Rows {
        private final StoreAccess access;
        private final List<VariableColumn> columns;
        private final int contextWords;
        private final Map<Long, DocumentCase> cases = new HashMap<>();
        private final Map<Long, String> units = new HashMap<>();
        private final Map<Long, String> respondents = new HashMap<>();
        private final List<Map<Long, VariableValue>> values = new ArrayList<>();
        private final List<Map<Long, VariableValue>> twinValues = new ArrayList<>();
        private final Map<Long, String> paths = new HashMap<>();
        private long documentId = -1;
        private String text = "";
        private List<SpeakerTurn> turns = List.of();
        private Map<String, String> attributes = Map.of();
        private int cpAt;
        private int cpCount;

        Rows(StoreAccess access, List<VariableColumn> columns, int contextWords) {
            this.access = access;
            this.columns = columns;
            this.contextWords = contextWords;
            access.documents().cases().forEach(c -> cases.put(c.documentId(), c));
            access.units().list().forEach(u -> units.put(u.id(), u.name()));
            if (cases.values().stream().anyMatch(DocumentCase::isSurveyAnswer)) {
                access.respondents().list().forEach(r -> respondents.put(r.id(), r.externalId()));
            }
            for (VariableColumn c : columns) {
                values.add(c.isAttribute() ? Map.of() : access.variables().values(c.variableId()));
                twinValues.add(c.respondentTwinId() == null ? Map.of() : access.variables().values(c.respondentTwinId()));
            }
        }

        Excerpt excerpt(Coding c) {
            if (c.documentId() != documentId) {
                load(c.documentId());
            }
            DocumentCase dc = cases.get(c.documentId());
            int start = Math.min(c.start(), text.length());
            int end = Math.max(start, Math.min(c.end(), text.length()));
            SpeakerTurn turn = SpeakerTurn.at(turns, start);
            int startCp = codePointsBefore(start);
            int endCp = startCp + text.codePointCount(start, end);
            String before = "";
            String after = "";
            if (contextWords > 0) {
                SpeakerTurn last = end > start ? SpeakerTurn.at(turns, end - 1) : turn;
                before = TextContext.before(text, turn == null ? 0 : turn.start(), start, contextWords);
                after = TextContext.after(text, end, last == null ? text.length() : last.end(), contextWords);
            }
            List<VariableValue> vars = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                VariableValue v = value(columns.get(i), values.get(i), dc);
                if (v == null && dc != null && dc.respondentId() != null) {
                    v = twinValues.get(i).get(dc.respondentId());
                }
                vars.add(v);
            }
            return new Excerpt(c.id(), c.codeId(), paths.computeIfAbsent(c.codeId(), id -> book.find(id).map(x -> book.path(id)).orElse("?")), c.documentId(),
                               dc == null ? "?" : dc.name(), dc == null || dc.unitId() == null ? null : units.get(dc.unitId()),
                               dc == null || dc.respondentId() == null ? null : respondents.get(dc.respondentId()),
                               dc == null ? null : dc.question(), turn == null ? null : turn.speaker(),
                               turn == null ? null : turn.timestampMs(), c.coder(), c.created(), c.start(), c.end(), startCp, endCp,
                               text.substring(start, end), c.memo(), c.memo() == null ? null : c.memoBy(),
                               c.memo() == null ? null : c.memoAt(), before, after, vars);
        }

        private VariableValue value(VariableColumn column, Map<Long, VariableValue> byOwner, DocumentCase dc) {
            if (column.isAttribute()) {
                String v = attributes.get(column.name());
                return v == null || v.isEmpty() ? null : VariableValue.ofText(0, documentId, v);
            }
            Long owner = switch (column.scope()) {
                case UNIT -> dc == null ? null : dc.unitId();
                case DOCUMENT -> documentId;
                case RESPONDENT -> dc == null ? null : dc.respondentId();
            };
            return owner == null ? null : byOwner.get(owner);
        }

        private void load(long id) {
            documentId = id;
            text = access.documents().text(id).orElse("");
            turns = access.documents().turns(id);
            attributes = columns.stream().anyMatch(VariableColumn::isAttribute) ? access.documents().attributes(id) : Map.of();
            cpAt = 0;
            cpCount = 0;
        }

        /** Code points before {@code offset}, counted on from the last offset asked (codings of a document come in start order). */
        private int codePointsBefore(int offset) {
            if (offset < cpAt) {
                cpAt = 0;
                cpCount = 0;
            }
            cpCount += text.codePointCount(cpAt, offset);
            cpAt = offset;
            return cpCount;
        }
    }
}
