package dev.passage.analysis;

import dev.passage.cases.Condition;
import dev.passage.cases.ConditionResolver;
import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentCase;
import dev.passage.model.Segment;
import dev.passage.model.Unit;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How often each code is applied: per code its segments (codings) and the documents they are in, in all and per group of
 * texts (each document, each unit, or each coder). A code counts alone or with its sub-codes; a branch narrows the rows to
 * one code and its descendants; variable conditions narrow the documents counted.
 */
public final class CodeFrequencies {
    /** What the columns are: documents (by name), units (by name, then "no unit") or coders (by name). */
    public enum GroupBy { DOCUMENT, UNIT, CODER }

    /**
     * One group: {@code key} is the document's or unit's id as text (the empty text for documents in no unit) or the coder's
     * name; {@code name} is what to show (empty for "no unit": the front end names it).
     */
    public record Group(String key, String name) {
    }

    /** A code's count in one group, or in all: codings, and documents with at least one of them. */
    public record Count(int segments, int documents) {
        static final Count NONE = new Count(0, 0);
    }

    /** One code: its totals and one count per group (in the order of {@link Result#groups()}). */
    public record Row(long codeId, String path, int depth, Count total, List<Count> groups) {
        public Row {
            groups = List.copyOf(groups);
        }
    }

    /**
     * @param documents the documents counted (those meeting the conditions; every document without conditions)
     */
    public record Result(GroupBy by, List<Group> groups, List<Row> rows, int documents) {
        public Result {
            groups = List.copyOf(groups);
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param branch       a code whose branch (itself and its descendants) the rows are; null: every code
     * @param withSubCodes a code counts with its sub-codes' codings (each coding once)
     * @param conditions   variable conditions that every counted document meets (see {@link ConditionResolver})
     */
    public record Request(Long branch, boolean withSubCodes, GroupBy by, List<String> conditions) {
        public Request {
            Objects.requireNonNull(by, "by");
            conditions = List.copyOf(conditions);
        }
    }

    private final Database database;
    private final SegmentRetrieval retrieval;

    public CodeFrequencies(Database database, SegmentRetrieval retrieval) {
        this.database = database;
        this.retrieval = retrieval;
    }

    /** Counts in one read. An unknown branch or a bad condition is an error (naming it). */
    public Result compute(Codebook book, Request request) {
        List<Condition> parsed = request.conditions().stream().map(Condition::parse).toList();
        return database.read(a -> {
            Set<Long> allowed = parsed.isEmpty() ? null : ConditionResolver.matching(a, parsed);
            return count(book, request, a.codings(retrieval.scope()).all(), a.documents().cases(), a.units().list(), allowed);
        });
    }

    /** Counts codings of the documents in {@code allowed} (null: all documents). */
    static Result count(Codebook book, Request request, List<Coding> codings, List<DocumentCase> documents, List<Unit> units,
                        Set<Long> allowed) {
        List<Code> codes = request.branch() == null ? book.all()
            : book.all().stream().filter(c -> book.isSelfOrDescendant(c.id(), book.get(request.branch()).id())).toList();
        List<DocumentCase> counted = documents.stream().filter(d -> allowed == null || allowed.contains(d.documentId())).toList();
        Map<Long, DocumentCase> byId = new HashMap<>();
        counted.forEach(d -> byId.put(d.documentId(), d));
        List<Coding> inScope = codings.stream().filter(c -> byId.containsKey(c.documentId())).toList();
        List<Group> groups = groups(request.by(), counted, units, inScope);
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            column.put(groups.get(i).key(), i);
        }
        // the codes each coding counts for: its own, and its ancestors' among the rows when sub-codes count with them
        Set<Long> rowIds = new HashSet<>();
        codes.forEach(c -> rowIds.add(c.id()));
        Map<Long, List<Long>> countsFor = new HashMap<>();
        for (Code c : book.all()) {
            List<Long> targets = new ArrayList<>();
            for (Code r : codes) {
                boolean hit = request.withSubCodes() ? book.isSelfOrDescendant(c.id(), r.id()) : c.id() == r.id();
                if (hit) {
                    targets.add(r.id());
                }
            }
            countsFor.put(c.id(), targets);
        }
        Map<Long, int[]> segments = new HashMap<>(); // per code: per group, then the total last
        Map<Long, List<Set<Long>>> docs = new HashMap<>();
        for (Code r : codes) {
            segments.put(r.id(), new int[groups.size() + 1]);
            List<Set<Long>> sets = new ArrayList<>();
            for (int i = 0; i <= groups.size(); i++) {
                sets.add(new HashSet<>());
            }
            docs.put(r.id(), sets);
        }
        for (Coding c : inScope) {
            int g = column.get(key(request.by(), c, byId.get(c.documentId())));
            for (long target : countsFor.getOrDefault(c.codeId(), List.of())) {
                int[] s = segments.get(target);
                s[g]++;
                s[groups.size()]++;
                docs.get(target).get(g).add(c.documentId());
                docs.get(target).get(groups.size()).add(c.documentId());
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Code r : codes) {
            int[] s = segments.get(r.id());
            List<Set<Long>> d = docs.get(r.id());
            List<Count> cells = new ArrayList<>(groups.size());
            for (int i = 0; i < groups.size(); i++) {
                cells.add(s[i] == 0 ? Count.NONE : new Count(s[i], d.get(i).size()));
            }
            rows.add(new Row(r.id(), book.path(r.id()), book.depth(r.id()), new Count(s[groups.size()], d.get(groups.size()).size()), cells));
        }
        return new Result(request.by(), groups, rows, counted.size());
    }

    /**
     * The segments behind a bar or a cell: the code's codings (with its sub-codes when asked) in one group ({@code groupKey}
     * as in {@link Group#key()}; null: every group) of the documents meeting the conditions.
     */
    public List<Segment> segments(Codebook book, long codeId, boolean withSubCodes, GroupBy by, String groupKey, List<String> conditions) {
        List<Segment> all = retrieval.segments(book, codeId, withSubCodes, List.of(), conditions);
        if (groupKey == null) {
            return all;
        }
        return switch (by) {
            case DOCUMENT -> all.stream().filter(s -> Long.toString(s.documentId()).equals(groupKey)).toList();
            case CODER -> all.stream().filter(s -> groupKey.equals(s.coder() == null ? "" : s.coder())).toList();
            case UNIT -> {
                Map<Long, String> unitOf = new HashMap<>();
                database.read(a -> a.documents().cases()).forEach(d -> unitOf.put(d.documentId(), d.unitId() == null ? "" : d.unitId().toString()));
                yield all.stream().filter(s -> groupKey.equals(unitOf.get(s.documentId()))).toList();
            }
        };
    }

    private static String key(GroupBy by, Coding c, DocumentCase doc) {
        return switch (by) {
            case DOCUMENT -> Long.toString(c.documentId());
            case UNIT -> doc.unitId() == null ? "" : doc.unitId().toString();
            case CODER -> coder(c);
        };
    }

    private static String coder(Coding c) {
        return c.coder() == null ? "" : c.coder();
    }

    /** Every document counted (by name), every unit (by name; "no unit" last when a counted document has none), or every coder. */
    private static List<Group> groups(GroupBy by, List<DocumentCase> counted, List<Unit> units, List<Coding> codings) {
        return switch (by) {
            case DOCUMENT -> counted.stream().sorted(Comparator.comparing(DocumentCase::name).thenComparingLong(DocumentCase::documentId))
                                    .map(d -> new Group(Long.toString(d.documentId()), d.name())).toList();
            case UNIT -> {
                Map<String, Group> out = new LinkedHashMap<>();
                units.stream().sorted(Comparator.comparing(Unit::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Unit::id))
                     .forEach(u -> out.put(Long.toString(u.id()), new Group(Long.toString(u.id()), u.name())));
                if (counted.stream().anyMatch(d -> d.unitId() == null)) {
                    out.put("", new Group("", ""));
                }
                yield List.copyOf(out.values());
            }
            case CODER -> {
                TreeSet<String> coders = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
                codings.forEach(c -> coders.add(coder(c)));
                yield coders.stream().map(c -> new Group(c, c)).toList();
            }
        };
    }
}
