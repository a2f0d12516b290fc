package dev.passage.session;

import dev.passage.model.DocumentSummary;
import dev.passage.model.Unit;
import dev.passage.store.Database;

import java.util.List;

/** What a search can be narrowed to, read in one transaction: the documents (by name), the speakers and the units. */
public record SearchChoices(List<DocumentSummary> documents, List<String> speakers, List<Unit> units) {

    static SearchChoices read(Database database) {
        return database.read(a -> new SearchChoices(a.documents().list(), a.documents().speakers(), a.units().list()));
    }
}
