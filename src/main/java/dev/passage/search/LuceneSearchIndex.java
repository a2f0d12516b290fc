package dev.passage.search;

import dev.passage.model.Language;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NRTCachingDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene implementation of {@link SearchIndex}: one Lucene document per segment (see {@link SegmentDocuments}), its
 * text analyzed with the stemming analyzer of its document's language (see {@link Analyzers}), in that language's field;
 * a query is analyzed for every language the index holds (see {@link QueryBuilder}).
 *
 * <p>One {@link IndexWriter} and a near-real-time {@link SearcherManager}: a {@link #search} that starts after a change
 * returned sees it without a commit, because a search first refreshes the reader when anything changed since the last
 * refresh. Refreshing lazily (not after every change) matters for imports: a refresh flushes the writer's buffer as a new
 * index segment, and one per imported document made a thousand tiny segments to merge again. Changes since the last
 * {@link #commit} are discarded by {@link #close} (the index is derived data; its committed
 * {@value #DATA_VERSION_KEY} must describe exactly what was committed). Safe for one writing thread together with any
 * number of searching threads; writes are also serialized, so several writers do not corrupt anything.
 *
 * <p>An index that cannot be read (corrupt or from an incompatible Lucene version) is deleted and started empty with
 * data version -1, so the caller rebuilds it from the database.
 */
public final class LuceneSearchIndex implements SearchIndex {

    /** The commit user data key holding the database data version the index reflects. */
    static final String DATA_VERSION_KEY = "passage.dataVersion";
    /** The layout of the index's fields; an index of another format reports -1 and is rebuilt. */
    static final String FORMAT_KEY = "passage.indexFormat";
    static final String FORMAT = "4"; // 4: one text field per language (3 had one "text" field in the project's language)

    private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchIndex.class);

    private final Directory directory;
    private final Analyzer analyzer;
    /** The language of segments that do not name one (the project's). */
    private final Language language;
    private final IndexWriter writer;
    private final SearcherManager searcherManager;
    private final QueryBuilder queryBuilder;
    private final Object writeLock = new Object();
    /** Changes written so far, counted after each is written; a refresh covers those counted before it started. */
    private final AtomicLong changes = new AtomicLong();
    /** The count of changes the current searcher is known to show. */
    private volatile long refreshed;
    private final Object refreshLock = new Object();
    private volatile long committedDataVersion;
    /** A rebuild failed half-way: the content matches no data version until the next successful rebuild. */
    private boolean incomplete;
    private String openProblem;

    private LuceneSearchIndex(Directory directory, Language language, IndexWriterConfig.OpenMode mode)
            throws IOException {
        Analyzer analyzer = Analyzers.perLanguageField();
        IndexWriter writer = null;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(mode)
                    .setCommitOnClose(false);
            writer = new IndexWriter(directory, config);
            this.searcherManager = new SearcherManager(writer, true, false, null);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, analyzer);
            throw e;
        }
        this.directory = directory;
        this.analyzer = analyzer;
        this.language = language;
        this.writer = writer;
        this.queryBuilder = new QueryBuilder(analyzer);
        this.committedDataVersion = parseVersion(writer.getLiveCommitData());
    }

    /**
     * Opens (or creates) the index in {@code indexDir}, creating the folder if needed. Whatever stands in the way is
     * thrown away, with a warning, since the index is derived data: a corrupt or unreadable index there (or a file where
     * the folder should be) is deleted and replaced by an empty one whose {@link #committedDataVersion} is -1, and
     * {@link #openProblem()} says what was found.
     *
     * @throws IOException when the folder cannot be used, e.g. no permission or another process holds its lock
     */
    public static LuceneSearchIndex open(Path indexDir, Language language) throws IOException {
        return open(indexDir, language, d -> d);
    }

    /** As {@link #open(Path, Language)}, with the folder's directory wrapped by {@code wrap} (e.g. an {@link EncryptingDirectory}). */
    public static LuceneSearchIndex open(Path indexDir, Language language, java.util.function.UnaryOperator<Directory> wrap)
            throws IOException {
        Objects.requireNonNull(language, "language");
        String problem = null;
        if (Files.exists(indexDir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(indexDir, LinkOption.NOFOLLOW_LINKS)) {
            problem = indexDir.getFileName() + " was a file, not the index folder";
            LOG.warn("The search index {} is not a folder; deleting it, it will be rebuilt", indexDir);
            Files.delete(indexDir);
        }
        Files.createDirectories(indexDir);
        Directory directory = cached(indexDir, wrap);
        try {
            LuceneSearchIndex index = new LuceneSearchIndex(directory, language, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            index.openProblem = problem;
            return index;
        } catch (LockObtainFailedException e) {
            IOUtils.closeWhileHandlingException(directory);
            throw e;
        } catch (IOException | RuntimeException e) {
            // CorruptIndexException, a format too old or new, a missing file, or a runtime error from damaged bytes
            LOG.warn("The search index in {} cannot be read ({}); deleting it, it will be rebuilt", indexDir, e.toString());
            IOUtils.closeWhileHandlingException(directory);
            LuceneSearchIndex index = recreate(indexDir, language, wrap);
            index.openProblem = "it could not be read (" + firstLine(e) + ")";
            return index;
        }
    }

    /** Deletes whatever index is in {@code indexDir} and opens an empty one (data version -1). */
    public static LuceneSearchIndex recreate(Path indexDir, Language language) throws IOException {
        return recreate(indexDir, language, d -> d);
    }

    /** As {@link #recreate(Path, Language)}, with the folder's directory wrapped by {@code wrap}. */
    public static LuceneSearchIndex recreate(Path indexDir, Language language, java.util.function.UnaryOperator<Directory> wrap)
            throws IOException {
        if (Files.exists(indexDir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(indexDir, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(indexDir);
        }
        Files.createDirectories(indexDir);
        deleteIndexFiles(indexDir);
        Directory directory = cached(indexDir, wrap);
        try {
            return new LuceneSearchIndex(directory, language, IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException | RuntimeException again) {
            IOUtils.closeWhileHandlingException(directory);
            throw again;
        }
    }

    /** What was wrong with the index found at open (and thrown away), or null when it opened as it was. */
    @Override
    public String openProblem() {
        return openProblem;
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /**
     * The folder, with small freshly flushed segments kept in memory until merged or committed: every coding edit flushes
     * a tiny segment for the near-real-time reader, and writing those as files cost ~10 ms (p95 25 ms) per edit.
     */
    private static Directory cached(Path indexDir, java.util.function.UnaryOperator<Directory> wrap) throws IOException {
        return new NRTCachingDirectory(wrap.apply(FSDirectory.open(indexDir)), 8.0, 64.0);
    }

    /** An index held in memory only, for tests and throw-away use. */
    public static LuceneSearchIndex inMemory(Language language) {
        try {
            return new LuceneSearchIndex(new ByteBuffersDirectory(), language, IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create an in-memory index", e);
        }
    }

    /** Lucene keeps an index as flat files; sub-folders are left alone, as they are not the index's. */
    private static void deleteIndexFiles(Path indexDir) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(indexDir)) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }

    private static long parseVersion(Iterable<Map.Entry<String, String>> commitData) {
        if (commitData == null) {
            return -1;
        }
        boolean currentFormat = false;
        for (Map.Entry<String, String> entry : commitData) {
            if (FORMAT_KEY.equals(entry.getKey()) && FORMAT.equals(entry.getValue())) {
                currentFormat = true;
            }
        }
        if (!currentFormat) {
            return -1;
        }
        for (Map.Entry<String, String> entry : commitData) {
            if (DATA_VERSION_KEY.equals(entry.getKey())) {
                try {
                    return Long.parseLong(entry.getValue());
                } catch (NumberFormatException e) {
                    LOG.warn("The search index has an unreadable data version '{}'", entry.getValue());
                    return -1;
                }
            }
        }
        return -1;
    }

    @Override
    public long committedDataVersion() {
        return committedDataVersion;
    }

    /** Deletes everything, adds {@code segments} and commits; visible to searches once complete. */
    @Override
    public void rebuild(Iterable<IndexedSegment> segments, long dataVersion) throws IOException {
        synchronized (writeLock) {
            incomplete = true;
            writer.deleteAll();
            for (IndexedSegment segment : segments) {
                writer.addDocument(SegmentDocuments.toDocument(segment, language));
            }
            incomplete = false;
            commitLocked(dataVersion);
            searcherManager.maybeRefreshBlocking();
        }
    }

    @Override
    public void replaceDocument(long documentId, List<IndexedSegment> segments) throws IOException {
        List<Iterable<IndexableField>> docs = new ArrayList<>(segments.size());
        for (IndexedSegment segment : segments) {
            if (segment.documentId() != documentId) {
                throw new IllegalArgumentException("Segment " + segment.ordinal() + " belongs to document "
                        + segment.documentId() + ", not " + documentId);
            }
            docs.add(SegmentDocuments.toDocument(segment, language));
        }
        synchronized (writeLock) {
            // one atomic delete-and-add: a concurrent refresh sees the old or the new segments, never neither
            replace(documentId, docs);
        }
        changes.incrementAndGet();
    }

    /** All documents' deletes-and-adds, then one refresh, so the next search does not wait for a large flush. */
    @Override
    public void replaceDocuments(Map<Long, List<IndexedSegment>> segmentsByDocument) throws IOException {
        synchronized (writeLock) {
            for (Map.Entry<Long, List<IndexedSegment>> e : segmentsByDocument.entrySet()) {
                List<Iterable<IndexableField>> docs = new ArrayList<>(e.getValue().size());
                for (IndexedSegment segment : e.getValue()) {
                    if (segment.documentId() != e.getKey()) {
                        throw new IllegalArgumentException("Segment " + segment.ordinal() + " belongs to document "
                                + segment.documentId() + ", not " + e.getKey());
                    }
                    docs.add(SegmentDocuments.toDocument(segment, language));
                }
                replace(e.getKey(), docs);
            }
            // a bulk change (thousands of survey answers) is refreshed at once: the import pays for it, not the next search
            changes.incrementAndGet();
            refreshIfChanged();
        }
    }

    @Override
    public void updateSegmentCodes(long documentId, Map<Integer, java.util.Set<Long>> codesByOrdinal) throws IOException {
        if (codesByOrdinal.isEmpty()) {
            return;
        }
        synchronized (writeLock) {
            // under the write lock, a refresh makes the searcher show every earlier change
            refreshIfChanged();
            IndexSearcher searcher = searcherManager.acquire();
            try {
                var stored = searcher.storedFields();
                for (Map.Entry<Integer, java.util.Set<Long>> e : codesByOrdinal.entrySet()) {
                    Term key = new Term(SegmentDocuments.SEGMENT_KEY, SegmentDocuments.segmentKey(documentId, e.getKey()));
                    TopDocs hit = searcher.search(new TermQuery(key), 1);
                    if (hit.scoreDocs.length == 0) {
                        continue;
                    }
                    IndexedSegment segment = SegmentDocuments.withCodes(stored.document(hit.scoreDocs[0].doc), e.getValue());
                    writer.updateDocument(key, SegmentDocuments.toDocument(segment, language));
                }
            } finally {
                searcherManager.release(searcher);
            }
        }
        changes.incrementAndGet();
    }

    /** Deletes a document's segments and adds the new ones in one step (none: a plain delete; Lucene asserts on an empty update). */
    private void replace(long documentId, List<Iterable<IndexableField>> docs) throws IOException {
        if (docs.isEmpty()) {
            writer.deleteDocuments(SegmentDocuments.documentTerm(documentId));
        } else {
            writer.updateDocuments(SegmentDocuments.documentTerm(documentId), docs);
        }
    }

    /**
     * Makes the searcher show every change counted before this call: refreshes when one is missing, and otherwise returns
     * at once. A caller arriving while another thread refreshes waits for that refresh (or does its own) rather than
     * searching the older reader.
     */
    private void refreshIfChanged() throws IOException {
        long wanted = changes.get();
        if (refreshed >= wanted) {
            return;
        }
        synchronized (refreshLock) {
            if (refreshed >= wanted) {
                return;
            }
            long upTo = changes.get(); // each of these was written before it was counted, so the refresh includes it
            searcherManager.maybeRefreshBlocking();
            refreshed = upTo;
        }
    }

    /**
     * Makes all changes durable and records {@code dataVersion} with them. After a failed {@link #rebuild} the
     * index holds part of the data only, so it records -1 instead until a rebuild succeeds.
     */
    @Override
    public void commit(long dataVersion) throws IOException {
        synchronized (writeLock) {
            commitLocked(dataVersion);
        }
    }

    private void commitLocked(long dataVersion) throws IOException {
        long version = incomplete ? -1 : dataVersion;
        writer.setLiveCommitData(Map.of(DATA_VERSION_KEY, Long.toString(version), FORMAT_KEY, FORMAT).entrySet());
        writer.commit();
        committedDataVersion = version;
    }

    @Override
    public SearchResult search(SearchQuery query) throws SearchSyntaxException, IOException {
        queryBuilder.build(query, Set.of(language)); // a query that cannot be read fails before any index work
        boolean filterOnly = QueryBuilder.isFilterOnly(query);
        refreshIfChanged();
        IndexSearcher searcher = searcherManager.acquire();
        try {
            Query luceneQuery = queryBuilder.build(query, languages(searcher));
            return search(searcher, query, luceneQuery, filterOnly);
        } catch (IndexSearcher.TooManyClauses e) {
            throw QueryBuilder.tooManyClauses(query.text(), e);
        } finally {
            searcherManager.release(searcher);
        }
    }

    private static SearchResult search(IndexSearcher searcher, SearchQuery query, Query luceneQuery,
                                       boolean filterOnly) throws IOException {
        Query rewritten = searcher.rewrite(luceneQuery);
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1);
        // words and exact phrases: both totals from one pass over the postings (each pass over a phrase at L is ~15 ms)
        HitCounter counter = filterOnly ? null : HitCounter.forQuery(rewritten, weight);
        HitCounter.Totals totals = counter == null ? null : counter.count(searcher.getIndexReader().leaves());
        int totalSegments = totals != null ? totals.segments() : searcher.count(luceneQuery);
        // every matching segment yields at least one row, so `limit` segments always fill `limit` rows
        int wantedSegments = Math.max(1, query.limit() > 0 ? Math.min(query.limit(), totalSegments) : totalSegments);
        TopFieldDocs top = searcher.search(luceneQuery, wantedSegments, SegmentDocuments.RANKING, true);
        KwicExtractor kwic = new KwicExtractor(searcher, weight, filterOnly);

        List<KwicHit> rows = new ArrayList<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            rows.addAll(kwic.rows(scoreDoc));
        }
        // otherwise hit by hit (proximity, spans), which reads every match; unless the page already holds all of them
        long totalHits = totals != null ? totals.hits() : top.scoreDocs.length >= totalSegments ? rows.size() : kwic.countAllRows();
        if (query.limit() > 0 && rows.size() > query.limit()) {
            rows = rows.subList(0, query.limit());
        }
        return new SearchResult(query.text(), totalSegments, totalHits, rows);
    }

    /** The languages whose text field the searcher's index holds; the default language when it holds none. */
    private Set<Language> languages(IndexSearcher searcher) {
        java.util.Collection<String> fields = FieldInfos.getIndexedFields(searcher.getIndexReader());
        Set<Language> present = EnumSet.noneOf(Language.class);
        for (Language l : Language.values()) {
            if (fields.contains(SegmentDocuments.textField(l))) {
                present.add(l);
            }
        }
        return present.isEmpty() ? Set.of(language) : present;
    }

    @Override
    public void close() throws IOException {
        synchronized (writeLock) {
            IOUtils.close(searcherManager, writer, analyzer, directory);
        }
    }
}
