package dev.passage.session;

import dev.passage.model.Coding;
import dev.passage.model.Document;
import dev.passage.model.DocumentCase;
import dev.passage.model.DocumentSummary;
import dev.passage.model.SpeakerTurn;
import dev.passage.store.Database;
import dev.passage.store.StoreAccess;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The read side of the project's documents: lists, names, texts and transcript snapshots, each read in one transaction. The
 * codings in them (and their counts) are those the session's coder scope shows.
 */
public final class DocumentQueries {
    private final Database database;
    private final java.util.function.Supplier<dev.passage.model.CoderScope> scope;

    DocumentQueries(Database database) {
        this(database, () -> dev.passage.model.CoderScope.EVERYONE);
    }

    DocumentQueries(Database database, java.util.function.Supplier<dev.passage.model.CoderScope> scope) {
        this.database = database;
        this.scope = scope;
    }

    /** Only the given documents of a list (those a change touched); ids of documents that no longer exist come back as gone. */
    public record PartialListing(List<DocumentListing> rows, Set<Long> gone) {
    }

    /** Every document by name, with its counts (as `passage docs` lists them). */
    public List<DocumentSummary> summaries() {
        dev.passage.model.CoderScope seen = scope.get();
        return database.read(a -> {
            List<DocumentSummary> all = a.documents().list();
            if (seen.everyone()) {
                return all;
            }
            Map<Long, Integer> counts = new HashMap<>();
            a.codings(seen).all().forEach(c -> counts.merge(c.documentId(), 1, Integer::sum));
            return all.stream().map(d -> new DocumentSummary(d.id(), d.name(), d.format(), d.length(), d.turnCount(), d.speakerCount(),
                                                             counts.getOrDefault(d.id(), 0), d.importedAt(), d.language())).toList();
        });
    }

    /** Every document set by name, with its members in the documents' order. */
    public List<dev.passage.model.DocumentSet> sets() {
        return database.read(a -> a.documentSets().list());
    }

    /** The names of the sets each document is in, by document id (documents in no set are absent). */
    public Map<Long, List<String>> setNames() {
        return database.read(a -> a.documentSets().namesByDocument());
    }

    public int count() {
        return database.read(a -> a.documents().count());
    }

    /** How many documents, codings and codes there are. */
    public ProjectCounts counts() {
        return database.read(a -> new ProjectCounts(a.documents().count(), a.codings(scope.get()).count(), a.codes().list().size()));
    }

    public Optional<String> name(long id) {
        return database.read(a -> a.documents().name(id));
    }

    public Optional<Long> idByName(String name) {
        return database.read(a -> a.documents().findIdByName(name));
    }

    public Optional<String> text(long id) {
        return database.read(a -> a.documents().text(id));
    }

    /** {@code last} when that document still exists, else the first document by name; empty in a project without documents. */
    public Optional<Long> lastOrFirst(Long last) {
        return database.read(a -> last != null && a.documents().name(last).isPresent() ? Optional.of(last) : a.documents().firstByName());
    }

    /** Every document: one listing query, and all codings, units and attributes at once (grouped here). */
    public List<DocumentListing> listing() {
        return database.read(a -> {
            List<DocumentSummary> summaries = a.documents().list();
            Map<Long, String> questions = questions(a);
            Map<Long, String> units = a.documents().unitNames();
            Map<Long, Map<String, String>> attributes = a.documents().allAttributes();
            Map<Long, List<Coding>> codings = new LinkedHashMap<>();
            for (Coding c : a.codings(scope.get()).all()) {
                codings.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c);
            }
            List<DocumentListing> rows = new ArrayList<>(summaries.size());
            for (DocumentSummary s : summaries) {
                rows.add(new DocumentListing(s.id(), s.name(), units.get(s.id()), s.speakerCount(), s.turnCount(), s.length(),
                                             codings.getOrDefault(s.id(), List.of()), attributes.getOrDefault(s.id(), Map.of()), s.format(),
                                             s.importedAt(), questions.get(s.id()), s.language()));
            }
            return rows;
        });
    }

    /** The listing of only the given documents. */
    public PartialListing listing(Set<Long> ids) {
        return database.read(a -> {
            List<DocumentListing> rows = new ArrayList<>();
            Set<Long> gone = new HashSet<>();
            Map<Long, String> questions = questions(a);
            for (long id : ids) {
                var found = a.documents().find(id);
                if (found.isEmpty()) {
                    gone.add(id);
                    continue;
                }
                Document d = found.get();
                rows.add(new DocumentListing(id, d.name(), a.documents().unitName(id).orElse(null), SpeakerTurn.speakerCount(d.turns()),
                                             d.turns().size(), d.length(), a.codings(scope.get()).forDocument(id), a.documents().attributes(id),
                                             d.format(), d.importedAt(), questions.get(id), a.documents().language(id).orElse(null)));
            }
            return new PartialListing(rows, gone);
        });
    }

    /** The question of every survey answer, by document id. */
    private static Map<Long, String> questions(StoreAccess a) {
        Map<Long, String> out = new HashMap<>();
        for (DocumentCase c : a.documents().cases()) {
            if (c.isSurveyAnswer()) {
                out.put(c.documentId(), c.question());
            }
        }
        return out;
    }

    /** The document as the transcript opens it; empty when it no longer exists. */
    public Optional<TranscriptSnapshot> transcript(long id) {
        dev.passage.model.CoderScope seen = scope.get();
        return database.read(a -> a.documents().find(id).map(doc -> new TranscriptSnapshot(
            doc, a.documents().attributes(id), a.documents().unitName(id).orElse(null), a.codings(seen).forDocument(id), a.codes().list(),
            a.codings(seen).countsByCode())));
    }

    /** What an open transcript reloads after a change ({@code withCodings}: its codings too); empty when the document is gone. */
    public Optional<TranscriptUpdate> transcriptUpdate(long id, boolean withCodings) {
        dev.passage.model.CoderScope seen = scope.get();
        return database.read(a -> a.documents().name(id).map(name -> new TranscriptUpdate(
            name, a.documents().attributes(id), a.documents().unitName(id).orElse(null), withCodings ? a.codings(seen).forDocument(id) : null,
            a.codes().list(), a.codings(seen).countsByCode())));
    }
}
