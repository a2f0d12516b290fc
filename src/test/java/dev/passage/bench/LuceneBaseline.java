package dev.passage.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Baseline 1 of issue 6, bare Lucene: the interview files indexed with an IndexWriter, one Lucene document per paragraph,
 * the text analyzed with the same analyzer as Passage's Danish projects (Lucene's {@link DanishAnalyzer}, which is what
 * {@code dev.passage.search.Analyzers.forLanguage(DA)} returns) with positions and offsets, plus the unit as a keyword.
 * A search is what Passage returns minus its extras: the exact number of matching paragraphs, the top 50 and each hit's
 * offsets in them via {@link Matches}, cut to 50 rows with 60 characters of context; no codes. With {@code allHits} it also
 * counts every hit occurrence in every matching paragraph the way Passage does for its exact total (Matches per paragraph),
 * which shows how much of Passage's search time that count takes by itself.
 */
final class LuceneBaseline implements AutoCloseable {
    static final int PAGE = 50;
    private static final FieldType TEXT = textType();

    private final Analyzer analyzer = new DanishAnalyzer();
    private final Directory directory;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    LuceneBaseline(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        this.directory = FSDirectory.open(indexDir);
    }

    private static FieldType textType() {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(true);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** Indexes every file in the folder (unit from the file name's {@code _Uxxx} suffix), commits; returns paragraphs indexed. */
    long index(Path folder) throws IOException {
        long paragraphs = 0;
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
             Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String unit = name.substring(name.lastIndexOf('_') + 1, name.lastIndexOf('.'));
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String paragraph : text.split("\n\n")) {
                    if (paragraph.isBlank()) {
                        continue;
                    }
                    Document d = new Document();
                    d.add(new StoredField("file", name));
                    d.add(new StringField("unit", unit, Field.Store.NO));
                    d.add(new Field("text", paragraph, TEXT));
                    writer.addDocument(d);
                    paragraphs++;
                }
            }
            writer.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
        return paragraphs;
    }

    /** The result of one search: matching paragraphs and the first page of rows. */
    record Result(long paragraphs, long hits, List<String> rows) {
    }

    /** Count, top 50 with offsets, and (with {@code allHits}) the number of hit occurrences in all matching paragraphs, else -1. */
    Result search(String text, String unit, boolean allHits) throws Exception {
        QueryParser parser = new QueryParser("text", analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(true);
        Query query = parser.parse(text);
        if (unit != null) {
            query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                                              .add(new TermQuery(new Term("unit", unit)), BooleanClause.Occur.FILTER).build();
        }
        int count = searcher.count(query);
        TopDocs top = searcher.search(query, PAGE);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        StoredFields stored = searcher.storedFields();
        List<LeafReaderContext> leaves = reader.leaves();
        List<String> rows = new ArrayList<>(PAGE);
        for (ScoreDoc sd : top.scoreDocs) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(sd.doc, leaves));
            Matches matches = weight.matches(leaf, sd.doc - leaf.docBase);
            MatchesIterator it = matches == null ? null : matches.getMatches("text");
            if (it == null) {
                continue;
            }
            String paragraph = stored.document(sd.doc).get("text");
            while (it.next() && rows.size() < PAGE) {
                int s = it.startOffset();
                int e = it.endOffset();
                rows.add(paragraph.substring(Math.max(0, s - 60), s) + "[" + paragraph.substring(s, e) + "]"
                         + paragraph.substring(e, Math.min(paragraph.length(), e + 60)));
            }
            if (rows.size() >= PAGE) {
                break;
            }
        }
        return new Result(count, allHits ? countAllHits(weight) : -1, rows);
    }

    private long countAllHits(Weight weight) throws IOException {
        long hits = 0;
        for (LeafReaderContext leaf : reader.leaves()) {
            ScorerSupplier supplier = weight.scorerSupplier(leaf);
            if (supplier == null) {
                continue;
            }
            DocIdSetIterator it = supplier.get(Long.MAX_VALUE).iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                Matches matches = weight.matches(leaf, doc);
                MatchesIterator m = matches == null ? null : matches.getMatches("text");
                while (m != null && m.next()) {
                    hits++;
                }
            }
        }
        return hits;
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        directory.close();
        analyzer.close();
    }
}
