package dev.passage.session;

import dev.passage.coding.Codebook;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.PassageException;
import dev.passage.errors.Text;
import dev.passage.model.Code;
import dev.passage.model.DocumentSummary;
import dev.passage.model.Unit;
import dev.passage.search.SearchFilters;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Turns the names a user types (units, speakers, documents, codes) into the names the project stores, or fails with one
 * line that lists the valid names (the closest ones when there are many). Every front end resolves its filters here before
 * it hands them to search, segments or exports, so an unknown name is never a silent "0 hits".
 *
 * <p>A name matches exactly, else ignoring case when only one name does. A document may also be named by its id or by an
 * unambiguous beginning of its name.
 */
public final class ProjectNames {
    /** Above this many valid names, only the closest are listed. */
    static final int LIST_ALL_UP_TO = 12;
    private static final int CLOSEST = 6;

    private final Database database;
    private final Supplier<Codebook> codebook;

    ProjectNames(Database database, Supplier<Codebook> codebook) {
        this.database = database;
        this.codebook = codebook;
    }

    /** The filters with every unit, speaker, document and code named as the project names it. */
    public SearchFilters filters(SearchFilters f) {
        return new SearchFilters(codePaths(f.codePaths()), documents(f.documentNames()), speakers(f.speakers()), units(f.units()),
                                 f.conditions());
    }

    public List<String> units(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> valid = database.read(a -> a.units().list()).stream().map(Unit::name).toList();
        return names.stream().map(n -> match(Text.of("names.kind.unit"), n, valid)).toList();
    }

    public String unit(String name) {
        return units(List.of(name)).getFirst();
    }

    public List<String> speakers(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> valid = database.read(a -> a.documents().speakers());
        return names.stream().map(n -> match(Text.of("names.kind.speaker"), n, valid)).toList();
    }

    public List<String> codePaths(List<String> paths) {
        if (paths.isEmpty()) {
            return List.of();
        }
        Codebook book = codebook.get();
        List<String> valid = book.all().stream().map(c -> book.path(c.id())).toList();
        return paths.stream().map(p -> book.findByPath(p).map(Code::id).map(book::path)
                                            .orElseGet(() -> match(Text.of("names.kind.code"), p, valid))).toList();
    }

    public String codePath(String path) {
        return codePaths(List.of(path)).getFirst();
    }

    /** Full document names for names, ids or unambiguous beginnings of names. */
    public List<String> documents(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<DocumentSummary> docs = database.read(a -> a.documents().list());
        return names.stream().map(n -> document(n, docs)).toList();
    }

    public String document(String name) {
        return documents(List.of(name)).getFirst();
    }

    /** The stored names of the document sets named (exactly, else ignoring case when only one set matches). */
    public List<String> sets(List<String> names) {
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> valid = database.read(a -> a.documentSets().list()).stream().map(dev.passage.model.DocumentSet::name).toList();
        return names.stream().map(n -> match(Text.of("names.kind.set"), n, valid)).toList();
    }

    public String set(String name) {
        return sets(List.of(name)).getFirst();
    }

    /**
     * The documents a filter by document names and sets means, as full document names in the stored order: the named
     * documents, narrowed to those in any of the sets (or, with no names, every document of the sets). Without sets this is
     * {@link #documents}. A choice that leaves no document is bad input (an empty list would mean "every document").
     */
    public List<String> documentsAndSets(List<String> documentNames, List<String> setNames) {
        List<String> docs = documents(documentNames);
        if (setNames.isEmpty()) {
            return docs;
        }
        List<String> sets = sets(setNames);
        record Read(List<dev.passage.model.DocumentSet> sets, List<DocumentSummary> docs) {
        }
        Read read = database.read(a -> new Read(a.documentSets().list(), a.documents().list()));
        java.util.Set<Long> members = new java.util.HashSet<>();
        read.sets().stream().filter(s -> sets.contains(s.name())).forEach(s -> members.addAll(s.documentIds()));
        List<String> out = read.docs().stream().filter(d -> members.contains(d.id()))
                               .map(DocumentSummary::name).filter(n -> docs.isEmpty() || docs.contains(n)).toList();
        if (out.isEmpty()) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("names.emptySelection", quoted(sets)));
        }
        return out;
    }

    private static String document(String typed, List<DocumentSummary> docs) {
        String name = typed.strip();
        List<String> valid = docs.stream().map(DocumentSummary::name).toList();
        if (valid.contains(name)) {
            return name;
        }
        if (name.matches("\\d{1,18}")) {
            long id = Long.parseLong(name);
            for (DocumentSummary d : docs) {
                if (d.id() == id) {
                    return d.name();
                }
            }
        }
        List<String> sameIgnoringCase = valid.stream().filter(v -> v.equalsIgnoreCase(name)).toList();
        if (sameIgnoringCase.size() == 1) {
            return sameIgnoringCase.getFirst();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        List<String> starting = valid.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(lower)).toList();
        if (starting.size() == 1 && !name.isEmpty()) {
            return starting.getFirst();
        }
        if (starting.size() > 1 && !name.isEmpty()) {
            throw new PassageException(ErrorKind.BAD_INPUT, Text.of("names.ambiguousDocument", typed, starting.size(), quoted(starting)));
        }
        throw unknown(Text.of("names.kind.document"), typed, valid);
    }

    /** {@code typed} as one of {@code valid}: exactly, or ignoring case when that leaves one. */
    private static String match(Text kind, String typed, List<String> valid) {
        String name = typed.strip();
        if (valid.contains(name)) {
            return name;
        }
        List<String> sameIgnoringCase = valid.stream().filter(v -> v.equalsIgnoreCase(name)).toList();
        if (sameIgnoringCase.size() == 1) {
            return sameIgnoringCase.getFirst();
        }
        throw unknown(kind, typed, valid);
    }

    private static PassageException unknown(Text kind, String typed, List<String> valid) {
        if (valid.isEmpty()) {
            return new PassageException(ErrorKind.BAD_INPUT, Text.of("names.unknownNone", kind, typed));
        }
        if (valid.size() <= LIST_ALL_UP_TO) {
            return new PassageException(ErrorKind.BAD_INPUT, Text.of("names.unknown", kind, typed, quoted(valid)));
        }
        return new PassageException(ErrorKind.BAD_INPUT,
                                    Text.of("names.unknownClosest", kind, typed, valid.size(), quoted(closest(typed, valid))));
    }

    /** The names nearest to {@code typed}: those containing it (or contained in it) first, then by edit distance. */
    static List<String> closest(String typed, List<String> valid) {
        String t = typed.strip().toLowerCase(Locale.ROOT);
        record Scored(String name, int score) {
        }
        List<Scored> scored = new ArrayList<>();
        for (String v : valid) {
            String l = v.toLowerCase(Locale.ROOT);
            int score = !t.isEmpty() && (l.contains(t) || t.contains(l)) ? 0 : 1 + distance(t, l);
            scored.add(new Scored(v, score));
        }
        scored.sort(Comparator.comparingInt(Scored::score).thenComparing(Scored::name));
        return scored.stream().limit(CLOSEST).map(Scored::name).toList();
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
        }
        return prev[b.length()];
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(n -> "\"" + n + "\"").toList());
    }
}
