package dev.passage.backup;

import dev.passage.model.Variable;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.List;

/** Everything a project holds, read through the repositories with ids, so two copies of one database compare with equals. */
record StoreContent(List<Object> documents, List<Object> codes, List<Object> codings, List<Object> memos, List<Object> units,
                    List<Object> variables, List<Object> respondents, long dataVersion) {

    static StoreContent of(Database db) {
        return db.read(a -> {
            List<Object> docs = new ArrayList<>();
            for (long id : a.documents().ids()) {
                docs.add(a.documents().find(id).orElseThrow());
                docs.add(a.documents().turns(id));
                docs.add(a.documents().attributes(id));
            }
            docs.addAll(a.documents().cases());
            List<Object> variables = new ArrayList<>();
            for (Variable v : a.variables().list()) {
                variables.add(v);
                variables.add(new java.util.TreeMap<>(a.variables().values(v.id())));
            }
            List<Object> respondents = new ArrayList<>(a.respondents().list());
            respondents.addAll(a.respondents().answers());
            return new StoreContent(docs, List.copyOf(a.codes().list()), List.copyOf(a.codings().all()), List.copyOf(a.memos().all()),
                                    List.copyOf(a.units().list()), variables, respondents, a.project().dataVersion());
        });
    }

    int size() {
        return documents.size() + codes.size() + codings.size() + memos.size() + units.size() + variables.size() + respondents.size();
    }
}
