package dev.passage.interop;

import dev.passage.coding.Codebook;
import dev.passage.model.Code;
import dev.passage.model.Coding;
import dev.passage.model.DocumentCase;
import dev.passage.model.Memo;
import dev.passage.model.Unit;
import dev.passage.model.Variable;
import dev.passage.model.VariableScope;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A project's content in id-free, sorted form, so that two projects (an original and its re-import) compare with equals:
 * every entity is named by what a researcher sees (document name, code path, coded text).
 */
record ProjectContent(Map<String, String> texts, List<String> codes, List<String> codings, List<String> coders,
                      List<String> memos, List<String> units, List<String> variables, List<String> attributes) {

    static ProjectContent of(Database db) {
        return db.read(a -> {
            Codebook book = new Codebook(a.codes().list());
            Map<Long, String> docNames = new HashMap<>();
            Map<String, String> texts = new TreeMap<>();
            Map<Long, String> docTexts = new HashMap<>();
            List<String> attributes = new ArrayList<>();
            for (DocumentCase d : a.documents().cases()) {
                docNames.put(d.documentId(), d.name());
                String text = a.documents().text(d.documentId()).orElseThrow();
                texts.put(d.name(), text);
                docTexts.put(d.documentId(), text);
                a.documents().attributes(d.documentId()).forEach((k, v) -> attributes.add(d.name() + " | " + k + "=" + v));
            }
            List<String> codes = new ArrayList<>();
            for (Code c : book.all()) {
                codes.add(book.path(c.id()) + " | " + c.colour() + " | " + c.description());
            }
            Map<Long, String> codingNames = new HashMap<>();
            List<String> codings = new ArrayList<>();
            for (Coding c : a.codings().all()) {
                String name = docNames.get(c.documentId()) + " | " + book.path(c.codeId()) + " | "
                              + docTexts.get(c.documentId()).substring(c.start(), c.end());
                codingNames.put(c.id(), name);
                codings.add(name + " | " + c.coder() + " | memo=" + c.memo()
                            + (c.memo() == null ? "" : " by " + c.memoAuthor() + " at " + c.memoUpdated()));
            }
            List<String> memos = new ArrayList<>();
            for (Memo m : a.memos().all()) {
                String target = switch (m.target()) {
                    case PROJECT -> "project";
                    case DOCUMENT -> "document " + docNames.get(m.targetId());
                    case CODE -> "code " + book.path(m.targetId());
                    case CODING -> "coding " + codingNames.get(m.targetId());
                };
                memos.add(target + " | " + m.title() + " | " + m.text() + " | " + m.author());
            }
            List<String> units = new ArrayList<>();
            Map<Long, String> unitNames = new HashMap<>();
            for (Unit u : a.units().list()) {
                unitNames.put(u.id(), u.name());
                units.add(u.name() + " | " + u.description());
            }
            for (DocumentCase d : a.documents().cases()) {
                units.add("member " + d.name() + " -> " + (d.unitId() == null ? null : unitNames.get(d.unitId())));
            }
            List<String> variables = new ArrayList<>();
            for (Variable v : a.variables().list()) {
                Map<Long, String> owners = v.scope() == VariableScope.UNIT ? unitNames : docNames;
                a.variables().values(v.id()).forEach((owner, value) -> variables.add(
                    v.scope() + " " + v.name() + " " + v.type() + " | " + owners.get(owner) + " = " + value.display()));
            }
            return new ProjectContent(texts, sorted(codes), sorted(codings), sorted(a.codings().coders()), sorted(memos),
                                      sorted(units), sorted(variables), sorted(attributes));
        });
    }

    private static List<String> sorted(List<String> list) {
        List<String> out = new ArrayList<>(list);
        out.sort(null);
        return out;
    }
}
