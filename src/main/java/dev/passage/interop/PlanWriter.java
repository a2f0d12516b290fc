package dev.passage.interop;

import dev.passage.model.Code;
import dev.passage.model.DocumentFormat;
import dev.passage.model.NewDocument;
import dev.passage.model.VariableValue;
import dev.passage.store.Tx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stores an {@link ImportPlan} inside one write transaction: codes, documents, units, variables and values, codings and
 * memos. Codes merge into an existing codebook by path (a code already there is reused), so a .qdc can be added twice.
 */
final class PlanWriter {
    private final Tx tx;
    private final Instant now = Instant.now();
    private final Map<String, Long> codeIds = new HashMap<>();
    private final Map<String, Long> documentIds = new HashMap<>();
    private final Map<String, Long> codingIds = new HashMap<>();
    private int existingCodes;

    PlanWriter(Tx tx) {
        this.tx = tx;
    }

    /** Stores the codes under {@code parentId}, reusing same-named codes already there; returns how many were new. */
    int codes(List<ImportPlan.Code> codes, Long parentId) {
        List<Code> existing = tx.codes().list();
        return codes(codes, parentId, existing);
    }

    private int codes(List<ImportPlan.Code> codes, Long parentId, List<Code> existing) {
        int added = 0;
        for (ImportPlan.Code c : codes) {
            Long id = existing.stream().filter(e -> java.util.Objects.equals(e.parentId(), parentId)
                                                    && e.name().toLowerCase(Locale.ROOT).equals(c.name().toLowerCase(Locale.ROOT)))
                              .map(Code::id).findFirst().orElse(null);
            if (id == null) {
                id = tx.codes().insert(parentId, c.name(), c.colour(), c.description(), tx.codes().nextSortOrder(parentId));
                tx.codes().setGuid(id, c.key()); // the file's GUID (V8): exports keep it, merges match by it
                added++;
            } else {
                existingCodes++;
            }
            codeIds.put(c.key(), id);
            added += codes(c.children(), id, existing);
        }
        return added;
    }

    /** Codes that were already in the codebook and were reused. */
    int existingCodes() {
        return existingCodes;
    }

    void project(ImportPlan plan) {
        codes(plan.codes(), null);
        for (ImportPlan.Document d : plan.documents()) {
            long id = tx.documents().insert(new NewDocument(d.name(), d.text(), DocumentFormat.TXT, d.importedFrom(),
                                                            d.created() != null ? d.created() : now, d.attributes(), List.of(),
                                                            dev.passage.language.LanguageDetector.detect(d.text()).orElse(null)));
            documentIds.put(d.key(), id);
        }
        Map<String, Long> variableIds = new HashMap<>();
        for (ImportPlan.Variable v : plan.variables()) {
            variableIds.put(v.key(), tx.variables().ensure(v.scope(), v.name(), v.type()));
        }
        List<VariableValue> values = new ArrayList<>();
        for (ImportPlan.DocumentSet set : plan.sets()) {
            long setId = tx.documentSets().create(set.name());
            tx.documentSets().add(setId, set.documentKeys().stream().map(documentIds::get).toList());
        }
        for (ImportPlan.Unit u : plan.units()) {
            long unitId = tx.units().ensure(u.name(), u.description());
            u.documentKeys().forEach(k -> tx.documents().setUnit(documentIds.get(k), unitId));
            u.values().forEach(v -> values.add(value(variableIds, v, unitId)));
        }
        for (ImportPlan.Document d : plan.documents()) {
            long docId = documentIds.get(d.key());
            d.values().forEach(v -> values.add(value(variableIds, v, docId)));
            for (ImportPlan.Coding c : d.codings()) {
                Instant created = c.created() != null ? c.created() : now;
                // a memo whose author or time the file does not say is credited to the coding's coder and time
                codingIds.put(c.key(), tx.codings().insert(docId, c.start(), c.end(), codeIds.get(c.codeKey()), c.coder(), created,
                                                           c.memo(), c.memoAuthor() != null ? c.memoAuthor() : c.coder(),
                                                           c.memoCreated() != null ? c.memoCreated() : created));
            }
        }
        tx.variables().setAll(values);
        for (ImportPlan.Memo m : plan.memos()) {
            Long target = switch (m.target()) {
                case PROJECT -> null;
                case DOCUMENT -> documentIds.get(m.targetKey());
                case CODE -> codeIds.get(m.targetKey());
                case CODING -> codingIds.get(m.targetKey());
            };
            if (m.target() == dev.passage.model.Memo.MemoTarget.PROJECT || target != null) {
                tx.memos().insert(m.target(), target, m.title(), m.text(), m.author(), m.created() != null ? m.created() : now);
            }
        }
    }

    private static VariableValue value(Map<String, Long> variableIds, ImportPlan.Value v, long ownerId) {
        return new VariableValue(variableIds.get(v.variableKey()), ownerId, v.number(), v.text());
    }
}
