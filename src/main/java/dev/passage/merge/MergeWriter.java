package dev.passage.merge;

import dev.passage.errors.Text;
import dev.passage.interop.Guids;
import dev.passage.interop.ImportPlan;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentFormat;
import dev.passage.model.DocumentSet;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Memo.MemoTarget;
import dev.passage.model.NewDocument;
import dev.passage.model.ProjectInfo;
import dev.passage.model.SurveyAnswer;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableValue;
import dev.passage.store.AddedRows;
import dev.passage.store.StoreAccess;
import dev.passage.store.Tx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Brings an {@link ImportPlan} read from OTHER into this project by the merge rules, or (without a transaction) only works
 * out what it would do: the preview runs the very same decisions. Documents match by their text; codes by REFI-QDA GUID
 * (when OTHER's GUID is a code's here) else by path, case-insensitively; codings by document, code, range and coder; memos by
 * target, title, text and author; units, variables, respondents and sets by name. Nothing already here is changed, except a
 * matched document with no unit that OTHER places in one.
 */
final class MergeWriter {
    private final StoreAccess access;
    private final Tx tx;
    private final ImportPlan plan;
    private final String source;
    private final Consumer<String> checkpoint;
    private final Instant now = Instant.now();
    private long fakeIds = -1;

    private final Map<String, Long> codeIds = new HashMap<>();
    private final Map<String, Long> documentIds = new HashMap<>();
    private final Set<Long> newDocuments = new HashSet<>();
    private final Map<String, Long> codingIds = new HashMap<>();
    private final Map<String, Long> variableIds = new HashMap<>();
    private final Set<String> conflictingVariables = new HashSet<>();
    private final Map<String, Long> unitIds = new HashMap<>();
    /** OTHER's answers that read differently from the same answer here: added as plain documents. */
    private final Set<String> notAnswers = new HashSet<>();

    // what was added, in the order it can be put back (for undo and redo)
    final List<Long> addedCodes = new ArrayList<>();
    final List<Long> addedDocuments = new ArrayList<>();
    final List<Long> addedCodings = new ArrayList<>();
    final List<Long> addedMemos = new ArrayList<>();
    final List<Long> addedUnits = new ArrayList<>();
    final List<Long> addedVariables = new ArrayList<>();
    final List<Long> addedRespondents = new ArrayList<>();
    final List<Long> addedSets = new ArrayList<>();
    final List<Object[]> addedValues = new ArrayList<>();
    final List<Object[]> addedMembers = new ArrayList<>();
    /** Matched documents that had no unit and were placed in OTHER's: document id to unit id. */
    final Map<Long, Long> unitsSet = new LinkedHashMap<>();
    final Set<Long> documentsWithNewCodings = new HashSet<>();

    private final List<String> documentsAdded = new ArrayList<>();
    private final List<String> documentsMatched = new ArrayList<>();
    private final List<String> codesAdded = new ArrayList<>();
    private final List<String> codesMatched = new ArrayList<>();
    private final List<MergeReport.Conflict> conflicts = new ArrayList<>();
    private int codingsAlreadyThere;
    private int memosAlreadyThere;
    private int valuesAdded;

    /** {@code tx} null: a preview, nothing is written. */
    MergeWriter(StoreAccess access, Tx tx, ImportPlan plan, String source, Consumer<String> checkpoint) {
        this.access = access;
        this.tx = tx;
        this.plan = plan;
        this.source = source;
        this.checkpoint = checkpoint;
    }

    MergeReport run(ProjectInfo info, List<String> notCarried) {
        codes(info);
        checkpoint.accept("codes");
        documents();
        checkpoint.accept("documents");
        variables();
        units();
        respondents();
        checkpoint.accept("cases");
        codings();
        checkpoint.accept("codings");
        memos();
        sets();
        checkpoint.accept("sets");
        return new MergeReport(source, tx != null, documentsAdded, documentsMatched, codesAdded, codesMatched, addedCodings.size(),
                               codingsAlreadyThere, addedMemos.size(), memosAlreadyThere, addedUnits.size(), addedVariables.size(),
                               valuesAdded, addedRespondents.size(), addedSets.size(), addedMembers.size(), conflicts, notCarried);
    }

    /** The rows this merge added, to be read back right after it (in the order they are put back on redo). */
    List<AddedRows.Selection> selections() {
        List<Object[]> docKeys = addedDocuments.stream().map(id -> new Object[] {id}).toList();
        return List.of(AddedRows.Selection.byId("unit", addedUnits),
                       AddedRows.Selection.byId("respondent", addedRespondents),
                       AddedRows.Selection.byId("code", addedCodes),
                       AddedRows.Selection.byId("variable", addedVariables),
                       AddedRows.Selection.byId("document", addedDocuments),
                       new AddedRows.Selection("speaker_turn", List.of("document_id"), docKeys),
                       new AddedRows.Selection("document_attribute", List.of("document_id"), docKeys),
                       AddedRows.Selection.byId("coding", addedCodings),
                       AddedRows.Selection.byId("memo", addedMemos),
                       new AddedRows.Selection("variable_value", List.of("variable_id", "owner_id"), addedValues),
                       AddedRows.Selection.byId("document_set", addedSets),
                       new AddedRows.Selection("document_set_member", List.of("set_id", "document_id"), addedMembers));
    }

    private boolean writing() {
        return tx != null;
    }

    private long fake() {
        return fakeIds--;
    }

    // ---- codes

    private Map<Long, Code> codesHere;
    private Map<String, Long> byGuid;

    private void codes(ProjectInfo info) {
        codesHere = new LinkedHashMap<>();
        access.codes().list().forEach(c -> codesHere.put(c.id(), c));
        Map<Long, String> stored = access.codes().guids();
        Guids generated = Guids.forProject(info);
        byGuid = new HashMap<>();
        for (Code c : codesHere.values()) {
            String g = stored.get(c.id());
            byGuid.put(Guids.key(g != null ? g : generated.of("code", c.id())), c.id());
        }
        codes(plan.codes(), null, "", false);
    }

    private void codes(List<ImportPlan.Code> codes, Long parentId, String parentPath, boolean parentIsNew) {
        for (ImportPlan.Code c : codes) {
            String path = parentPath.isEmpty() ? c.name() : parentPath + "/" + c.name();
            Long id = c.key() == null ? null : byGuid.get(c.key());
            String how = null;
            if (id != null) {
                String herePath = pathHere(id);
                how = herePath.equalsIgnoreCase(path) ? null : "matched by GUID to " + herePath;
            } else if (!parentIsNew) {
                id = codesHere.values().stream().filter(e -> Objects.equals(e.parentId(), parentId)
                                                             && e.name().toLowerCase(Locale.ROOT).equals(c.name().toLowerCase(Locale.ROOT)))
                              .map(Code::id).findFirst().orElse(null);
            }
            boolean isNew = id == null;
            if (isNew) {
                if (writing()) {
                    id = tx.codes().insert(parentId, c.name(), c.colour(), c.description(), tx.codes().nextSortOrder(parentId));
                    tx.codes().setGuid(id, c.key());
                } else {
                    id = fake();
                }
                addedCodes.add(id);
                codesHere.put(id, new Code(id, parentId, c.name(), c.colour(), c.description(), 0));
                if (c.key() != null) {
                    byGuid.put(c.key(), id);
                }
                codesAdded.add(path);
            } else {
                codesMatched.add(how == null ? path : path + " (" + how + ")");
            }
            codeIds.put(c.key(), id);
            codes(c.children(), id, pathHere(id), isNew);
        }
    }

    private String pathHere(long id) {
        Code c = codesHere.get(id);
        return c.parentId() == null ? c.name() : pathHere(c.parentId()) + "/" + c.name();
    }

    // ---- documents

    /**
     * Interviews match by their text. A survey answer is the answer of one respondent to one question, so it matches the
     * answer here of the same respondent (external id) to the same question: many respondents answer "Yes" alike.
     */
    private void documents() {
        Map<String, Long> byText = new HashMap<>();
        Set<String> names = new HashSet<>();
        Map<Long, String> respondentIds = new HashMap<>();
        access.respondents().list().forEach(r -> respondentIds.put(r.id(), r.externalId()));
        Map<String, SurveyAnswer> answersHere = new HashMap<>();
        Set<Long> answerDocs = new HashSet<>();
        for (SurveyAnswer a : access.respondents().answers()) {
            answersHere.put(respondentIds.get(a.respondentId()) + "\n" + a.question(), a);
            answerDocs.add(a.documentId());
        }
        Map<Long, String> nameOf = new HashMap<>();
        for (DocumentSummary d : access.documents().list()) {
            names.add(d.name());
            nameOf.put(d.id(), d.name());
            if (!answerDocs.contains(d.id())) {
                byText.putIfAbsent(access.documents().text(d.id()).orElse(""), d.id());
            }
        }
        Map<String, String> answerOf = new HashMap<>();
        for (ImportPlan.Respondent r : plan.respondents()) {
            r.answers().forEach(a -> answerOf.put(a.documentKey(), r.externalId() + "\n" + a.question()));
        }
        for (ImportPlan.Document d : plan.documents()) {
            String answer = answerOf.get(d.key());
            Long id;
            if (answer != null) {
                SurveyAnswer here = answersHere.get(answer);
                id = here != null && here.text().equals(d.text()) ? Long.valueOf(here.documentId()) : null;
                if (here != null && id == null) {
                    conflicts.add(new MergeReport.Conflict("answer", "\"" + d.name() + "\"", Text.of("merge.resolution.answerApart")));
                    answerOf.remove(d.key());
                    notAnswers.add(d.key());
                }
            } else {
                id = byText.get(d.text());
            }
            if (id != null) {
                documentIds.put(d.key(), id);
                String here = nameOf.get(id);
                documentsMatched.add(here == null || here.equals(d.name()) ? d.name() : d.name() + " (same text as " + here + ")");
                continue;
            }
            String name = d.name();
            if (names.contains(name)) {
                String kept = unique(name + " (" + source + ")", names);
                conflicts.add(new MergeReport.Conflict("document", "\"" + name + "\"", Text.of("merge.resolution.documentRenamed", kept)));
                name = kept;
            }
            names.add(name);
            if (writing()) {
                id = tx.documents().insert(new NewDocument(name, d.text(), DocumentFormat.TXT, d.importedFrom(),
                                                           d.created() != null ? d.created() : now, d.attributes(), d.turns(),
                                                           dev.passage.language.LanguageDetector.detect(d.text()).orElse(null)));
            } else {
                id = fake();
            }
            if (answer == null) {
                byText.put(d.text(), id);
            }
            nameOf.put(id, name);
            documentIds.put(d.key(), id);
            newDocuments.add(id);
            addedDocuments.add(id);
            documentsAdded.add(name);
        }
    }

    private static String unique(String name, Set<String> taken) {
        String fitted = name.length() > 480 ? name.substring(0, 480) : name;
        String candidate = fitted;
        for (int i = 2; taken.contains(candidate); i++) {
            candidate = fitted + " " + i;
        }
        return candidate;
    }

    // ---- variables, units, respondents, values

    private void variables() {
        for (ImportPlan.Variable v : plan.variables()) {
            Variable here = access.variables().find(v.scope(), v.name()).orElse(null);
            if (here != null && here.type() != v.type()) {
                conflicts.add(new MergeReport.Conflict("variable", v.scope() + " \"" + v.name() + "\"",
                        Text.of("merge.resolution.variableType", here.type(), v.type())));
                conflictingVariables.add(v.key());
                continue;
            }
            long id;
            if (here != null) {
                id = here.id();
            } else {
                id = writing() ? tx.variables().ensure(v.scope(), v.name(), v.type()) : fake();
                addedVariables.add(id);
            }
            variableIds.put(v.key(), id);
        }
    }

    private long unit(String name, String description) {
        Long id = unitIds.get(name);
        if (id == null) {
            id = access.units().findId(name).orElse(null);
            if (id == null) {
                id = writing() ? tx.units().ensure(name, description) : fake();
                addedUnits.add(id);
            }
            unitIds.put(name, id);
        }
        return id;
    }

    private void units() {
        Map<Long, String> unitOf = access.documents().unitNames();
        for (ImportPlan.Unit u : plan.units()) {
            long unitId = unit(u.name(), u.description());
            for (String key : u.documentKeys()) {
                Long docId = documentIds.get(key);
                if (docId == null) {
                    continue;
                }
                String here = unitOf.get(docId);
                if (newDocuments.contains(docId) || here == null) {
                    if (writing()) {
                        tx.documents().setUnit(docId, unitId);
                    }
                    if (!newDocuments.contains(docId)) {
                        unitsSet.put(docId, unitId);
                    }
                } else if (!here.equals(u.name())) {
                    conflicts.add(new MergeReport.Conflict("document", "\"" + name(key) + "\"", Text.of("merge.resolution.unitKept", here, u.name())));
                }
            }
            values(u.values(), VariableScope.UNIT, unitId, "unit \"" + u.name() + "\"");
        }
        for (ImportPlan.Document d : plan.documents()) {
            values(d.values(), VariableScope.DOCUMENT, documentIds.get(d.key()), "document \"" + d.name() + "\"");
        }
    }

    private void respondents() {
        Map<String, Long> here = access.respondents().idsByExternalId();
        for (ImportPlan.Respondent r : plan.respondents()) {
            Long id = here.get(r.externalId());
            if (id == null) {
                Long unitId = r.unitName() == null ? null : unit(r.unitName(), null);
                id = writing() ? tx.respondents().ensure(r.externalId(), unitId) : fake();
                addedRespondents.add(id);
                here.put(r.externalId(), id);
            }
            for (ImportPlan.Answer a : r.answers()) {
                Long docId = documentIds.get(a.documentKey());
                if (docId != null && newDocuments.contains(docId) && !notAnswers.contains(a.documentKey()) && writing()) {
                    tx.respondents().linkAnswer(docId, id, a.question());
                }
            }
            values(r.values(), VariableScope.RESPONDENT, id, "respondent " + r.externalId());
        }
    }

    private void values(List<ImportPlan.Value> values, VariableScope scope, long ownerId, String owner) {
        if (values.isEmpty()) {
            return;
        }
        Map<Long, VariableValue> here = ownerId < 0 ? Map.of() : access.variables().valuesOf(scope, ownerId);
        List<VariableValue> add = new ArrayList<>();
        for (ImportPlan.Value v : values) {
            Long variableId = variableIds.get(v.variableKey());
            if (variableId == null || conflictingVariables.contains(v.variableKey())) {
                continue;
            }
            VariableValue existing = here.get(variableId);
            if (existing == null) {
                add.add(new VariableValue(variableId, ownerId, v.number(), v.text()));
                addedValues.add(new Object[] {variableId, ownerId});
                valuesAdded++;
            } else if (!Objects.equals(existing.number(), v.number()) || !Objects.equals(existing.text(), v.text())) {
                conflicts.add(new MergeReport.Conflict("value", owner + " " + variableName(v.variableKey()),
                        Text.of("merge.resolution.valueKept", shown(existing.number(), existing.text()), shown(v.number(), v.text()))));
            }
        }
        if (writing() && !add.isEmpty()) {
            tx.variables().setAll(add);
        }
    }

    private String variableName(String key) {
        return plan.variables().stream().filter(v -> v.key().equals(key)).map(v -> "\"" + v.name() + "\"").findFirst().orElse(key);
    }

    private static String shown(Double number, String text) {
        if (text != null) {
            return "\"" + text + "\"";
        }
        return number == null ? "empty" : String.valueOf(number);
    }

    private String name(String documentKey) {
        return plan.documents().stream().filter(d -> d.key().equals(documentKey)).map(ImportPlan.Document::name).findFirst()
                   .orElse(documentKey);
    }

    // ---- codings, memos, sets

    private void codings() {
        for (ImportPlan.Document d : plan.documents()) {
            long docId = documentIds.get(d.key());
            Map<String, Long> here = new HashMap<>();
            if (docId > 0 && !newDocuments.contains(docId)) {
                for (Coding c : access.codings().forDocument(docId)) {
                    here.putIfAbsent(codingKey(c.codeId(), c.start(), c.end(), c.coder()), c.id());
                }
            }
            for (ImportPlan.Coding c : d.codings()) {
                Long codeId = codeIds.get(c.codeKey());
                if (codeId == null) {
                    continue;
                }
                String key = codingKey(codeId, c.start(), c.end(), c.coder());
                Long existing = here.get(key);
                if (existing != null) {
                    codingIds.put(c.key(), existing);
                    codingsAlreadyThere++;
                    continue;
                }
                Instant created = c.created() != null ? c.created() : now;
                long id;
                if (writing()) {
                    id = tx.codings().insert(docId, c.start(), c.end(), codeId, c.coder(), created, c.memo(),
                                             c.memo() == null ? null : (c.memoAuthor() != null ? c.memoAuthor() : c.coder()),
                                             c.memo() == null ? null : (c.memoCreated() != null ? c.memoCreated() : created));
                } else {
                    id = fake();
                }
                here.put(key, id);
                codingIds.put(c.key(), id);
                addedCodings.add(id);
                documentsWithNewCodings.add(docId);
            }
        }
    }

    private static String codingKey(long codeId, int start, int end, String coder) {
        return codeId + "|" + start + "|" + end + "|" + coder;
    }

    private void memos() {
        Set<String> here = new HashSet<>();
        access.memos().all().forEach(m -> here.add(memoKey(m.target(), m.targetId(), m.title(), m.text(), m.author())));
        for (ImportPlan.Memo m : plan.memos()) {
            Long target = switch (m.target()) {
                case PROJECT -> null;
                case DOCUMENT -> documentIds.get(m.targetKey());
                case CODE -> codeIds.get(m.targetKey());
                case CODING -> codingIds.get(m.targetKey());
            };
            if (m.target() != MemoTarget.PROJECT && target == null) {
                continue;
            }
            if (!here.add(memoKey(m.target(), target, m.title(), m.text(), m.author()))) {
                memosAlreadyThere++;
                continue;
            }
            long id = writing() ? tx.memos().insert(m.target(), target, m.title(), m.text(), m.author(),
                                                    m.created() != null ? m.created() : now) : fake();
            addedMemos.add(id);
        }
    }

    private static String memoKey(MemoTarget target, Long targetId, String title, String text, String author) {
        return target + "|" + targetId + "|" + title + "|" + text + "|" + author;
    }

    private void sets() {
        for (ImportPlan.DocumentSet s : plan.sets()) {
            DocumentSet here = access.documentSets().find(s.name()).orElse(null);
            long setId;
            Set<Long> members = new HashSet<>();
            if (here != null) {
                setId = here.id();
                members.addAll(here.documentIds());
            } else {
                setId = writing() ? tx.documentSets().create(s.name()) : fake();
                addedSets.add(setId);
            }
            List<Long> add = new ArrayList<>();
            for (String key : s.documentKeys()) {
                Long docId = documentIds.get(key);
                if (docId != null && members.add(docId)) {
                    add.add(docId);
                    addedMembers.add(new Object[] {setId, docId});
                }
            }
            if (writing() && !add.isEmpty()) {
                tx.documentSets().add(setId, add);
            }
        }
    }
}
