package dev.passage.merge;

import dev.passage.interop.Guids;
import dev.passage.interop.ImportPlan;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentSet;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Memo;
import dev.passage.model.Respondent;
import dev.passage.model.SurveyAnswer;
import dev.passage.model.Unit;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.model.VariableValue;
import dev.passage.security.ProjectKey;
import dev.passage.store.ProjectStore;
import dev.passage.store.StoreAccess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads another Passage project folder into an {@link ImportPlan}, the shape a .qdpx is read into. The folder itself is not
 * touched: its database file is copied to a temporary folder and the copy is opened (so no lock file, no schema migration and
 * no search index is written into the coder's folder). Keys: a code's is its REFI-QDA GUID (the stored one, else the one an
 * export would generate, so two copies of one project agree), the others are the kind and the id ("d12", "c40", "v3").
 */
final class ProjectPlanReader {
    private ProjectPlanReader() {
    }

    static ImportPlan read(Path folder, ProjectKey key) throws IOException {
        Path temp = Files.createTempDirectory("passage-merge");
        try {
            Files.copy(folder.resolve(ProjectStore.DATABASE_FILE), temp.resolve(ProjectStore.DATABASE_FILE));
            try (ProjectStore store = ProjectStore.open(temp, key)) {
                Guids guids = Guids.forProject(store.info());
                String name = store.info().name();
                return store.database().read(access -> read(access, name, guids));
            }
        } finally {
            try (Stream<Path> walk = Files.walk(temp)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static ImportPlan read(StoreAccess access, String projectName, Guids guids) {
        Map<Long, String> stored = access.codes().guids();
        List<Code> codes = access.codes().list();
        Map<Long, String> codeKeys = new HashMap<>();
        for (Code c : codes) {
            String g = stored.get(c.id());
            codeKeys.put(c.id(), Guids.key(g != null ? g : guids.of("code", c.id())));
        }
        Map<Long, String> variableKeys = new HashMap<>();
        List<ImportPlan.Variable> variables = new ArrayList<>();
        for (Variable v : access.variables().list()) {
            variableKeys.put(v.id(), "v" + v.id());
            variables.add(new ImportPlan.Variable("v" + v.id(), v.name(), v.scope(), v.type()));
        }
        Map<Long, SurveyAnswer> answers = new HashMap<>();
        access.respondents().answers().forEach(a -> answers.put(a.documentId(), a));
        List<ImportPlan.Document> documents = new ArrayList<>();
        Map<Long, String> importedFrom = access.documents().importedFrom();
        for (DocumentSummary d : access.documents().list()) {
            String text = access.documents().text(d.id()).orElse("");
            List<ImportPlan.Coding> codings = new ArrayList<>();
            for (Coding c : access.codings().forDocument(d.id())) {
                codings.add(new ImportPlan.Coding("c" + c.id(), c.start(), c.end(), codeKeys.get(c.codeId()), c.coder(), c.created(),
                                                  c.memo(), c.memo() == null ? null : c.memoBy(), c.memo() == null ? null : c.memoAt()));
            }
            documents.add(new ImportPlan.Document("d" + d.id(), d.name(), text, importedFrom.get(d.id()), d.importedAt(), codings,
                                                  access.documents().attributes(d.id()),
                                                  values(access, VariableScope.DOCUMENT, d.id(), variableKeys),
                                                  access.documents().turns(d.id())));
        }
        Map<Long, String> unitOfDocument = access.documents().unitNames();
        Map<Long, String> unitNames = new HashMap<>();
        List<ImportPlan.Unit> units = new ArrayList<>();
        for (Unit u : access.units().list()) {
            unitNames.put(u.id(), u.name());
            List<String> members = documents.stream().filter(d -> u.name().equals(unitOfDocument.get(id(d.key()))))
                                            .filter(d -> !answers.containsKey(id(d.key()))).map(ImportPlan.Document::key).toList();
            units.add(new ImportPlan.Unit(u.name(), u.description(), members, values(access, VariableScope.UNIT, u.id(), variableKeys)));
        }
        List<ImportPlan.Respondent> respondents = new ArrayList<>();
        for (Respondent r : access.respondents().list()) {
            List<ImportPlan.Answer> theirs = answers.values().stream().filter(a -> a.respondentId() == r.id())
                                                    .sorted(Comparator.comparingLong(SurveyAnswer::documentId))
                                                    .map(a -> new ImportPlan.Answer("d" + a.documentId(), a.question())).toList();
            respondents.add(new ImportPlan.Respondent(r.externalId(), r.unitId() == null ? null : unitNames.get(r.unitId()),
                                                      values(access, VariableScope.RESPONDENT, r.id(), variableKeys), theirs));
        }
        List<ImportPlan.Memo> memos = new ArrayList<>();
        for (Memo m : access.memos().all()) {
            String target = switch (m.target()) {
                case PROJECT -> null;
                case DOCUMENT -> "d" + m.targetId();
                case CODE -> codeKeys.get(m.targetId());
                case CODING -> "c" + m.targetId();
            };
            memos.add(new ImportPlan.Memo(m.target(), target, m.title(), m.text(), m.author(), m.created()));
        }
        List<ImportPlan.DocumentSet> sets = new ArrayList<>();
        for (DocumentSet s : access.documentSets().list()) {
            sets.add(new ImportPlan.DocumentSet(s.name(), s.documentIds().stream().map(id -> "d" + id).toList()));
        }
        return new ImportPlan(projectName, tree(codes, codeKeys, null), documents, units, variables, memos, sets, respondents);
    }

    private static long id(String key) {
        return Long.parseLong(key.substring(1));
    }

    private static List<ImportPlan.Code> tree(List<Code> codes, Map<Long, String> keys, Long parentId) {
        List<ImportPlan.Code> out = new ArrayList<>();
        for (Code c : codes) {
            if (java.util.Objects.equals(c.parentId(), parentId)) {
                out.add(new ImportPlan.Code(keys.get(c.id()), c.name(), c.colour(), c.description(), tree(codes, keys, c.id())));
            }
        }
        return out;
    }

    private static List<ImportPlan.Value> values(StoreAccess access, VariableScope scope, long owner, Map<Long, String> keys) {
        Map<Long, VariableValue> values = access.variables().valuesOf(scope, owner);
        List<ImportPlan.Value> out = new ArrayList<>();
        for (VariableValue v : new LinkedHashMap<>(values).values()) {
            out.add(new ImportPlan.Value(keys.get(v.variableId()), v.number(), v.text()));
        }
        return out;
    }
}
