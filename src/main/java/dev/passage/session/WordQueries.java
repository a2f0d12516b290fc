package dev.passage.session;

import dev.passage.coding.Codebook;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.search.WordFrequencies;
import dev.passage.store.Database;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Word frequencies as the user asks for them: codes by path (with their sub-codes), documents by name, id or an
 * unambiguous beginning of the name, units and speakers by name (any case). A name the project does not have is bad
 * input whose message lists the valid names.
 */
public final class WordQueries {
    /** What to count: names as typed; empty lists mean no filter; {@code top} 0 means all words. */
    public record Request(List<String> codePaths, List<String> documents, List<String> units, List<String> speakers,
                          boolean stems, int top, Set<Language> stopWords) {
        public Request {
            stopWords = Set.copyOf(stopWords);
            codePaths = List.copyOf(codePaths);
            documents = List.copyOf(documents);
            units = List.copyOf(units);
            speakers = List.copyOf(speakers);
        }

        /** Without the stop words of the project's language. */
        public Request(List<String> codePaths, List<String> documents, List<String> units, List<String> speakers, boolean stems,
                       int top) {
            this(codePaths, documents, units, speakers, stems, top, Set.of());
        }

        public static Request all(boolean stems, int top) {
            return new Request(List.of(), List.of(), List.of(), List.of(), stems, top);
        }
    }

    private final Database database;
    private final Supplier<Codebook> codebook;
    private final ProjectNames names;
    private final WordFrequencies words;

    WordQueries(Database database, Supplier<Codebook> codebook, ProjectNames names, WordFrequencies words) {
        this.database = database;
        this.codebook = codebook;
        this.names = names;
        this.words = words;
    }

    /** The project's language (its stop words and stems are the default). */
    public Language language() {
        return words.language();
    }

    public List<WordFrequencies.Word> top(Request request) {
        return words.top(filter(request), request.stems(), request.top(), request.stopWords());
    }

    /** The request's names resolved to what the counter takes; throws bad input for a name the project does not have. */
    public WordFrequencies.Filter filter(Request r) {
        Codebook book = codebook.get();
        Set<Long> codeIds = new HashSet<>();
        for (String path : names.codePaths(r.codePaths())) {
            codeIds.addAll(book.selfAndDescendants(book.findByPath(path).orElseThrow().id()));
        }
        Set<Long> docIds = new HashSet<>();
        if (!r.documents().isEmpty()) {
            Map<String, Long> idByName = database.read(a -> a.documents().list()).stream()
                                                 .collect(Collectors.toMap(DocumentSummary::name, DocumentSummary::id));
            names.documents(r.documents()).forEach(name -> docIds.add(idByName.get(name)));
        }
        return new WordFrequencies.Filter(docIds, new HashSet<>(names.units(r.units())), new HashSet<>(names.speakers(r.speakers())),
                                          codeIds);
    }
}
