package dev.passage.interop;

import dev.passage.model.Code;
import dev.passage.model.DocumentCase;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Memo;
import dev.passage.model.ProjectInfo;
import dev.passage.model.Unit;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableValue;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The small parts of a project an export needs up front (codebook, units, variables, memos, users). Document texts and
 * codings are not held here: the writers read them one document at a time.
 */
record ExportSnapshot(ProjectInfo info, List<Code> codes, List<DocumentCase> documents, List<Unit> units,
                      List<Variable> variables, Map<Long, Map<Long, VariableValue>> unitValues, List<String> attributeNames,
                      List<Memo> memos, Set<String> users, int respondents, Map<Long, DocumentSummary> summaries,
                      Map<String, List<Memo>> memoIndex, List<dev.passage.model.DocumentSet> sets,
                      dev.passage.model.CoderScope scope) {

    static ExportSnapshot read(Database db) {
        return read(db, dev.passage.model.CoderScope.EVERYONE);
    }

    /** The snapshot of an export that carries only the codings {@code scope} lets through. */
    static ExportSnapshot read(Database db, dev.passage.model.CoderScope scope) {
        return db.read(a -> {
            List<Variable> variables = a.variables().list();
            List<Unit> units = a.units().list();
            Map<Long, Map<Long, VariableValue>> unitValues = new LinkedHashMap<>();
            for (Unit u : units) {
                unitValues.put(u.id(), a.variables().valuesOf(VariableScope.UNIT, u.id()));
            }
            List<Memo> memos = a.memos().all();
            Set<String> users = new TreeSet<>(a.codings(scope).coders());
            users.addAll(a.codings(scope).memoAuthors());
            memos.stream().map(Memo::author).filter(n -> n != null && !n.isBlank()).forEach(users::add);
            Map<Long, DocumentSummary> summaries = new LinkedHashMap<>();
            a.documents().list().forEach(d -> summaries.put(d.id(), d));
            // the sources in the project's stored order (the document list's)
            Map<Long, Integer> order = new java.util.HashMap<>();
            summaries.keySet().forEach(id -> order.put(id, order.size()));
            List<DocumentCase> documents = new ArrayList<>(a.documents().cases());
            documents.sort(java.util.Comparator.comparingInt(d -> order.getOrDefault(d.documentId(), Integer.MAX_VALUE)));
            return new ExportSnapshot(a.project().info(), a.codes().list(), documents, units, variables, unitValues,
                                      a.documents().attributeNames(), memos, new LinkedHashSet<>(users), a.respondents().count(),
                                      summaries, index(memos), a.documentSets().list(), scope);
        });
    }

    /** Child codes by parent id (null key: top level), each list in codebook order. */
    Map<Long, List<Code>> codeTree() {
        Map<Long, List<Code>> out = new LinkedHashMap<>();
        for (Code c : codes) {
            out.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c);
        }
        return out;
    }

    /** The memos on one target, in their stored order. */
    List<Memo> memos(Memo.MemoTarget target, Long targetId) {
        return memoIndex.getOrDefault(target + ":" + targetId, List.of());
    }

    private static Map<String, List<Memo>> index(List<Memo> memos) {
        Map<String, List<Memo>> out = new LinkedHashMap<>();
        for (Memo m : memos) {
            out.computeIfAbsent(m.target() + ":" + m.targetId(), k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    List<Variable> variables(VariableScope scope) {
        return variables.stream().filter(v -> v.scope() == scope).toList();
    }
}
