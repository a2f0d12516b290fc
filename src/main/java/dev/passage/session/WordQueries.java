package dev.passage.session;

import dev.passage.coding.Codebook;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Language;
import dev.passage.model.Unit;
import dev.passage.search.WordFrequencies;
import dev.passage.store.Database;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

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
    private final WordFrequencies words;

    WordQueries(Database database, Supplier<Codebook> codebook, WordFrequencies words) {
        this.database = database;
        this.codebook = codebook;
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
        for (String path : r.codePaths()) {
            Code code = book.findByPath(path).orElseThrow(() -> unknown(Text.of("words.kind.code"), path,
                    book.all().stream().map(c -> book.path(c.id())).sorted().toList()));
            codeIds.addAll(book.selfAndDescendants(code.id()));
        }
        SearchChoices choices = SearchChoices.read(database);
        Set<Long> docIds = new HashSet<>();
        for (String name : r.documents()) {
            docIds.add(document(choices.documents(), name));
        }
        Set<String> units = new HashSet<>();
        for (String name : r.units()) {
            units.add(named(Text.of("words.kind.unit"), name, choices.units().stream().map(Unit::name).toList()));
        }
        Set<String> speakers = new HashSet<>();
        for (String name : r.speakers()) {
            speakers.add(named(Text.of("words.kind.speaker"), name, choices.speakers()));
        }
        return new WordFrequencies.Filter(docIds, units, speakers, codeIds);
    }

    private static long document(List<DocumentSummary> docs, String typed) {
        String name = typed.strip();
        for (DocumentSummary d : docs) {
            if (d.name().equals(name) || Long.toString(d.id()).equals(name)) {
                return d.id();
            }
        }
        List<DocumentSummary> starting = docs.stream()
                .filter(d -> d.name().toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT))).toList();
        if (starting.size() == 1) {
            return starting.getFirst().id();
        }
        throw unknown(Text.of("words.kind.document"), typed, (starting.isEmpty() ? docs : starting).stream().map(d -> d.id() + " " + d.name()).toList());
    }

    private static String named(Text kind, String typed, List<String> valid) {
        return valid.stream().filter(v -> v.equalsIgnoreCase(typed.strip())).findFirst()
                    .orElseThrow(() -> unknown(kind, typed, valid));
    }

    private static PassageException unknown(Text kind, String typed, List<String> valid) {
        return new PassageException(ErrorKind.BAD_INPUT, valid.isEmpty()
                ? Text.of("words.unknownNone", kind, typed)
                : Text.of("words.unknown", kind, typed, String.join(", ", valid)));
    }
}
