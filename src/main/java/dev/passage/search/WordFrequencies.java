package dev.passage.search;

import dev.passage.model.Coding;
import dev.passage.model.DocumentContent;
import dev.passage.model.Language;
import dev.passage.model.SpeakerTurn;
import dev.passage.store.Database;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The most frequent words (or stems) of a project's text, without the stop words of the project's language (Lucene's
 * Danish, Swedish and English stop sets), narrowed by document, unit, speaker and code. The text is read from the
 * database and tokenised as the search index tokenises it (Lucene's standard tokenizer, lower case); stems are the
 * index's own (the language's analyzer), so a word shown here is found by searching it. A code filter counts only the
 * text inside codings of those codes (their exact extent, not the whole turn). Tokens without a letter (numbers, times)
 * are left out.
 */
public final class WordFrequencies {
    /** Documents read from the database at a time. */
    private static final int CHUNK = 200;

    /**
     * What to count: ids and names already resolved and checked by the caller. Empty sets mean "no filter"; units and
     * speakers compare case-insensitively.
     */
    public record Filter(Set<Long> documentIds, Set<String> units, Set<String> speakers, Set<Long> codeIds) {
        public static final Filter NONE = new Filter(Set.of(), Set.of(), Set.of(), Set.of());

        public Filter {
            documentIds = Set.copyOf(documentIds);
            units = lower(units);
            speakers = lower(speakers);
            codeIds = Set.copyOf(codeIds);
        }

        private static Set<String> lower(Set<String> names) {
            Set<String> out = new HashSet<>();
            names.forEach(n -> out.add(n.strip().toLowerCase(Locale.ROOT)));
            return Set.copyOf(out);
        }
    }

    /**
     * One word: as shown (for stems, the stem's most frequent form), its stem (the word itself when counting words),
     * how often it occurs, in how many documents, and the forms counted under it (most frequent first).
     */
    public record Word(String word, String stem, long count, int documents, List<String> forms) {
        public Word {
            forms = List.copyOf(forms);
        }
    }

    private final Database database;
    private final Language language;
    private final dev.passage.model.CoderScope scope;

    public WordFrequencies(Database database, Language language) {
        this(database, language, dev.passage.model.CoderScope.EVERYONE);
    }

    /** Counts whose code filter sees only the codings {@code scope} lets through (the session's "Show codings of"). */
    public WordFrequencies(Database database, Language language, dev.passage.model.CoderScope scope) {
        this.database = database;
        this.language = language;
        this.scope = scope;
    }

    public Language language() {
        return language;
    }

    /** The {@code top} most frequent words or stems (0: all), most frequent first, ties alphabetically. */
    public List<Word> top(Filter filter, boolean stems, int top) {
        return top(filter, stems, top, Set.of(language));
    }

    /**
     * As {@link #top(Filter, boolean, int)}, without the stop words of every language in {@code stopLanguages} (a project
     * that mixes Danish and English interviews wants both lists; empty: the project's language).
     */
    public List<Word> top(Filter filter, boolean stems, int top, Set<Language> stopLanguages) {
        Set<Language> stop = stopLanguages.isEmpty() ? Set.of(language) : stopLanguages;
        List<Long> ids = database.read(a -> a.documents().ids());
        if (!filter.documentIds().isEmpty()) {
            ids = ids.stream().filter(filter.documentIds()::contains).toList();
        }
        Map<String, long[]> formCounts = new HashMap<>();
        Map<String, Set<Long>> formDocs = new HashMap<>();
        try (Analyzer words = wordAnalyzer(language, stop)) {
            for (int from = 0; from < ids.size(); from += CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                record Read(List<DocumentContent> docs, Map<Long, List<Coding>> codings) {
                }
                Read read = database.read(a -> new Read(a.documents().contents(chunk),
                                                        filter.codeIds().isEmpty() ? Map.of() : a.codings(scope).forDocuments(chunk)));
                for (DocumentContent doc : read.docs()) {
                    if (!filter.units().isEmpty()
                        && (doc.unit() == null || !filter.units().contains(doc.unit().strip().toLowerCase(Locale.ROOT)))) {
                        continue;
                    }
                    for (int[] piece : pieces(doc, read.codings().getOrDefault(doc.id(), List.of()), filter)) {
                        count(words, doc.text().substring(piece[0], piece[1]), doc.id(), formCounts, formDocs);
                    }
                }
            }
        }
        List<Word> out = stems ? byStem(formCounts, formDocs) : byForm(formCounts, formDocs);
        out.sort(Comparator.comparingLong(Word::count).reversed().thenComparing(Word::word));
        return top > 0 && out.size() > top ? List.copyOf(out.subList(0, top)) : out;
    }

    /** The stretches of a document to count: the filtered speakers' turns, cut to the filtered codes' codings. */
    static List<int[]> pieces(DocumentContent doc, List<Coding> codings, Filter filter) {
        int length = doc.text().length();
        List<int[]> spans = new ArrayList<>();
        if (filter.speakers().isEmpty()) {
            spans.add(new int[] {0, length});
        } else {
            for (SpeakerTurn t : doc.turns()) {
                if (t.speaker() != null && filter.speakers().contains(SegmentDocuments.speakerKey(t.speaker()))) {
                    spans.add(new int[] {Math.min(t.start(), length), Math.min(t.end(), length)});
                }
            }
        }
        if (filter.codeIds().isEmpty()) {
            return spans;
        }
        List<int[]> coded = merged(codings.stream().filter(c -> filter.codeIds().contains(c.codeId()))
                                          .map(c -> new int[] {Math.min(c.start(), length), Math.min(c.end(), length)}).toList());
        List<int[]> out = new ArrayList<>();
        for (int[] s : spans) {
            for (int[] c : coded) {
                int from = Math.max(s[0], c[0]);
                int to = Math.min(s[1], c[1]);
                if (from < to) {
                    out.add(new int[] {from, to});
                }
            }
        }
        return out;
    }

    /** Overlapping ranges joined, so text coded twice with the filtered codes is counted once. */
    private static List<int[]> merged(List<int[]> ranges) {
        List<int[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> out = new ArrayList<>();
        for (int[] r : sorted) {
            if (!out.isEmpty() && out.getLast()[1] >= r[0]) {
                out.getLast()[1] = Math.max(out.getLast()[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    private static void count(Analyzer analyzer, String text, long documentId, Map<String, long[]> counts, Map<String, Set<Long>> docs) {
        try (TokenStream ts = analyzer.tokenStream(SegmentDocuments.TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String word = term.toString();
                if (word.codePoints().noneMatch(Character::isLetter)) {
                    continue;
                }
                counts.computeIfAbsent(word, k -> new long[1])[0]++;
                docs.computeIfAbsent(word, k -> new HashSet<>()).add(documentId);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
    }

    private static List<Word> byForm(Map<String, long[]> counts, Map<String, Set<Long>> docs) {
        List<Word> out = new ArrayList<>(counts.size());
        counts.forEach((w, n) -> out.add(new Word(w, w, n[0], docs.get(w).size(), List.of(w))));
        return out;
    }

    /** Forms grouped by the search index's stem of each; shown as the most frequent form. */
    private List<Word> byStem(Map<String, long[]> counts, Map<String, Set<Long>> docs) {
        Map<String, List<String>> forms = new HashMap<>();
        try (Analyzer stemmer = Analyzers.forLanguage(language)) {
            for (String form : counts.keySet()) {
                forms.computeIfAbsent(stem(stemmer, form), k -> new ArrayList<>()).add(form);
            }
        }
        List<Word> out = new ArrayList<>(forms.size());
        forms.forEach((stem, list) -> {
            list.sort(Comparator.comparingLong((String f) -> counts.get(f)[0]).reversed().thenComparing(Comparator.naturalOrder()));
            long n = 0;
            Set<Long> in = new HashSet<>();
            for (String f : list) {
                n += counts.get(f)[0];
                in.addAll(docs.get(f));
            }
            out.add(new Word(list.getFirst(), stem, n, in.size(), list));
        });
        return out;
    }

    /** The index's term for one lower-case form (the form itself when the analyzer drops it). */
    private static String stem(Analyzer stemmer, String form) {
        try (TokenStream ts = stemmer.tokenStream(SegmentDocuments.TEXT, form)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : form;
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's tokens before stemming: standard tokenizer, (English possessives dropped,) lower case, stop words out. */
    static Analyzer wordAnalyzer(Language language, Set<Language> stopLanguages) {
        CharArraySet stop = new CharArraySet(200, false);
        stopLanguages.forEach(l -> stop.addAll(stopWords(l)));
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = language == Language.EN ? new EnglishPossessiveFilter(source) : source;
                result = new LowerCaseFilter(result);
                result = new StopFilter(result, stop);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    /** Lucene's stop set of the language, the one the search analyzer drops. */
    static CharArraySet stopWords(Language language) {
        return switch (language) {
            case DA -> DanishAnalyzer.getDefaultStopSet();
            case SV -> SwedishAnalyzer.getDefaultStopSet();
            case EN -> EnglishAnalyzer.getDefaultStopSet();
        };
    }
}
