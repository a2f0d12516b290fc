package dev.passage.search;

import dev.passage.cases.ConditionResolver;
import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.HitRange;
import dev.passage.model.Language;
import dev.passage.model.SpeakerTurn;
import dev.passage.store.ChangeListener;
import dev.passage.store.ChangedRange;
import dev.passage.store.ChangeSet;
import dev.passage.store.Database;
import dev.passage.store.StoreFailure;
import dev.passage.errors.ErrorKind;
import dev.passage.errors.Notices;
import dev.passage.errors.PassageException;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Search over a project: keeps the derived index in step with the database (rebuilt when missing or stale, updated
 * per document after every committed change), resolves filters named by the user, and finds hits (coding them is
 * {@code dev.passage.coding.AutoCoder}'s job).
 */
public final class SearchService implements ChangeListener, AutoCloseable {
    private int held;
    private boolean staleWhileHeld;
    private static final Logger LOG = LoggerFactory.getLogger(SearchService.class);
    /** Above this many documents changed in one commit (a survey import, linking to units), they are re-indexed in chunks. */
    static final int BULK_DOCUMENTS = 16;
    /** A rebuild or a bulk update reads this many documents per database read. */
    private static final int REBUILD_CHUNK = 200;

    private final Database database;
    private final IndexOpener opener;
    private final Notices notices;
    /** Replaced by a fresh one when it turns out to be damaged (see {@link #heal}). */
    private volatile SearchIndex index;
    private final CodeFilter codes;
    private final ConditionFilter conditions;
    private final Language language;
    private final java.util.function.Supplier<dev.passage.model.CoderScope> scope;
    private long indexedVersion = -1;
    /** How often the index was rebuilt from the whole database since this service opened it. */
    private int rebuilds;
    /** Segment extents per document (they never change once imported), for re-tagging after coding edits. */
    private final Map<Long, List<SpeakerTurn>> bounds = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, List<SpeakerTurn>> eldest) {
            return size() > 64;
        }
    };

    /**
     * Opens the index through {@code opener}. An index that cannot be read, now or later, is thrown away and rebuilt from
     * the database, and {@code notices} says so: a damaged index never ends in an error for the user. Filters name codes
     * and variable conditions; {@code codes} and {@code conditions} turn them into ids.
     */
    public SearchService(Database database, IndexOpener opener, CodeFilter codes, ConditionFilter conditions, Language language,
                         Notices notices) throws IOException {
        this(database, opener, codes, conditions, language, notices, () -> dev.passage.model.CoderScope.EVERYONE);
    }

    /**
     * As above; a code filter then finds only the segments that a coding {@code scope} lets through touches (the index
     * holds every coder's codes, so the hits are checked against the visible codings).
     */
    public SearchService(Database database, IndexOpener opener, CodeFilter codes, ConditionFilter conditions, Language language,
                         Notices notices, java.util.function.Supplier<dev.passage.model.CoderScope> scope) throws IOException {
        this.scope = scope;
        this.database = database;
        this.opener = opener;
        this.notices = notices;
        SearchIndex opened;
        try {
            opened = opener.open(false);
        } catch (LockObtainFailedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("the search index cannot be opened; starting a new one", e);
            notices.add(damagedNotice(firstLine(e)));
            opened = opener.open(true);
        }
        if (opened.openProblem() != null) {
            notices.add(damagedNotice(opened.openProblem()));
        }
        this.index = opened;
        this.codes = codes;
        this.conditions = conditions;
        this.language = language;
    }

    /** True when the index does not reflect the database (missing, stale, or left behind by a crash). */
    public boolean needsRebuild() {
        return index.committedDataVersion() != database.dataVersion();
    }

    /** Rebuilds the index when it is missing or stale. {@code progress} hears the number of documents indexed so far. */
    public synchronized boolean ensureFresh(IntConsumer progress) {
        if (!needsRebuild()) {
            indexedVersion = index.committedDataVersion();
            return false;
        }
        rebuild(progress);
        return true;
    }

    public synchronized void rebuild(IntConsumer progress) {
        rebuilds++;
        bounds.clear();
        record Snapshot(long version, List<Long> ids) {
        }
        Snapshot snap = database.read(a -> new Snapshot(a.project().dataVersion(), a.documents().ids()));
        List<Long> ids = snap.ids();
        int[] done = {0};
        long[] segments = {0};
        // read and indexed a chunk of documents at a time, so the whole project's text is never in memory at once
        Iterable<IndexedSegment> all = () -> chunks(ids).stream()
            .flatMap(chunk -> {
                List<IndexedSegment> read = new ArrayList<>();
                database.read(a -> SegmentSource.segments(a, chunk)).values().forEach(read::addAll);
                for (int i = 0; i < chunk.size(); i++) {
                    progress.accept(++done[0]);
                }
                segments[0] += read.size();
                return read.stream();
            })
            .iterator();
        try {
            index.rebuild(all, snap.version());
            indexedVersion = snap.version();
        } catch (IOException | RuntimeException e) {
            if (e instanceof PassageException) {
                throw (PassageException) e; // the database failed, not the index
            }
            LOG.warn("rebuilding the search index failed; starting it anew", e);
            replaceIndex();
            try {
                index.rebuild(all, snap.version());
                indexedVersion = snap.version();
            } catch (IOException again) {
                throw new PassageException(StoreFailure.kindOf(again, ErrorKind.DISK),
                                           Text.of("search.searchIndexCouldRebuilt", again.getMessage()), again);
            }
        }
        LOG.info("indexed {} segments of {} documents", segments[0], ids.size());
    }

    /** The ids in consecutive runs of {@link #REBUILD_CHUNK}, each read from the database in one go. */
    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += REBUILD_CHUNK) {
            out.add(ids.subList(from, Math.min(ids.size(), from + REBUILD_CHUNK)));
        }
        return out;
    }

    /** The data version the index's last commit reflects; -1 when the index is new, empty or was unreadable. */
    public long committedVersion() {
        return index.committedDataVersion();
    }

    /** The data version the index reflects now, committed or not; -1 before it was brought up to date. */
    public synchronized long indexedVersion() {
        return indexedVersion;
    }

    /** How many times the index was rebuilt from the whole database since it was opened (a catch-up is no rebuild). */
    public synchronized int rebuilds() {
        return rebuilds;
    }

    /**
     * Brings the index from its committed version up to date by applying {@code changes} (each version after that one,
     * oldest first, as a team project's change log holds them) as {@link #committed} applies a change made here, then
     * commits. The caller checks that nothing is missing; a gap calls for {@link #rebuild} instead.
     */
    public synchronized void catchUp(List<ChangeSet> changes) throws IOException {
        indexedVersion = index.committedDataVersion();
        for (ChangeSet c : changes) {
            committed(c);
        }
        commit();
    }

    /**
     * Holds index updates back during bulk work (building a project from files, thousands of codings): commits only mark
     * the index stale, and {@link #releaseUpdates()} rebuilds it once, which is far cheaper than one update per commit.
     * Calls nest. Should the process die in between, the index's version is behind the data's and the next open rebuilds it.
     */
    public synchronized void holdUpdates() {
        held++;
    }

    /** Ends a {@link #holdUpdates()}; the last release rebuilds the index if anything was committed meanwhile. */
    public synchronized void releaseUpdates() {
        if (held == 0) {
            throw new IllegalStateException("releaseUpdates without holdUpdates");
        }
        if (--held == 0 && staleWhileHeld) {
            staleWhileHeld = false;
            bounds.clear();
            rebuild(n -> { });
        }
    }

    @Override
    public synchronized void committed(ChangeSet changes) {
        if (held > 0) {
            staleWhileHeld |= !changes.isEmpty();
            return;
        }
        try {
            if (changes.documentIds().size() > BULK_DOCUMENTS) {
                changes.documentIds().forEach(bounds::remove);
                // in chunks: linking 1,000 interviews to units re-indexes all of them, ~120 MB of text if read at once
                for (List<Long> chunk : chunks(List.copyOf(changes.documentIds()))) {
                    index.replaceDocuments(database.read(a -> SegmentSource.segments(a, chunk)));
                }
            } else {
                for (long id : changes.documentIds()) {
                    bounds.remove(id);
                    index.replaceDocument(id, database.read(a -> SegmentSource.segments(a, id)));
                }
            }
            Map<Long, List<int[]>> codingOnly = new LinkedHashMap<>();
            for (ChangedRange r : changes.codingRanges()) {
                if (!changes.documentIds().contains(r.documentId())) {
                    codingOnly.computeIfAbsent(r.documentId(), k -> new ArrayList<>()).add(new int[] {r.start(), r.end()});
                }
            }
            for (Map.Entry<Long, List<int[]>> e : codingOnly.entrySet()) {
                retag(e.getKey(), e.getValue());
            }
            indexedVersion = Math.max(indexedVersion, changes.dataVersion());
        } catch (IOException | RuntimeException e) {
            if (e instanceof PassageException) {
                // the database could not be read; the change is committed, so the index is stale until the next open
                LOG.warn("search index update failed; it will be rebuilt on next open", e);
                return;
            }
            heal(e);
        }
    }

    /** The index failed to read or write: throw it away, tell the user, and rebuild it from the database. */
    private synchronized void heal(Exception cause) {
        LOG.warn("the search index is damaged; rebuilding it from the database", cause);
        notices.add(damagedNotice(firstLine(cause)));
        replaceIndex();
        rebuild(n -> { });
    }

    private void replaceIndex() {
        bounds.clear();
        try {
            index.close();
        } catch (IOException | RuntimeException e) {
            LOG.debug("closing the damaged index", e);
        }
        try {
            index = opener.open(true);
        } catch (IOException e) {
            throw new PassageException(StoreFailure.kindOf(e, ErrorKind.DISK),
                                       Text.of("search.searchIndexCouldMade", e.getMessage()), e);
        }
        indexedVersion = -1;
    }

    private static String damagedNotice(String problem) {
        return "The search index was damaged (" + problem + "); it was rebuilt from the project database, nothing is lost.";
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    /** Only codings changed in these ranges: re-tag the few segments they touch with the codes now present in them. */
    private void retag(long documentId, List<int[]> ranges) throws IOException {
        List<SpeakerTurn> segs = bounds.computeIfAbsent(documentId, id -> database.read(a -> SegmentSource.bounds(a, id)));
        SortedSet<Integer> ordinals = SegmentSource.overlapping(segs, ranges);
        if (ordinals.isEmpty()) {
            return;
        }
        int from = segs.get(ordinals.first()).start();
        int to = segs.get(ordinals.last()).end();
        List<Coding> codings = database.read(a -> a.codings().overlapping(documentId, from, Math.max(to, from + 1)));
        Map<Integer, Set<Long>> codes = new HashMap<>();
        for (int ordinal : ordinals) {
            SpeakerTurn t = segs.get(ordinal);
            Set<Long> present = new HashSet<>();
            for (Coding c : codings) {
                if (t.overlaps(c.start(), c.end())) {
                    present.add(c.codeId());
                }
            }
            codes.put(ordinal, present);
        }
        index.updateSegmentCodes(documentId, codes);
    }

    /** Makes the index durable at the database version it reflects (a failure leaves it stale: the next open rebuilds it). */
    public synchronized void commit() throws IOException {
        if (indexedVersion >= 0) {
            try {
                index.commit(indexedVersion);
            } catch (RuntimeException e) {
                throw new IOException("The search index could not be saved: " + e.getMessage(), e);
            }
        }
    }

    public Language language() {
        return language;
    }

    public SearchResult search(String query, SearchFilters filters, int limit) throws SearchSyntaxException {
        SearchQuery q = resolve(query, filters, limit);
        if (q == null) {
            return new SearchResult(query == null ? "" : query, 0, 0, List.of());
        }
        dev.passage.model.CoderScope seen = scope.get();
        if (!seen.everyone() && !q.codeIds().isEmpty()) {
            return scoped(q, seen);
        }
        return searchIndex(q);
    }

    /**
     * A code-filtered search under a narrowed coder scope: every hit of the index, kept when its segment shares a character with
     * a coding of a filtered code by a coder in the scope; the totals counted after that, the limit applied last.
     */
    private SearchResult scoped(SearchQuery q, dev.passage.model.CoderScope seen) {
        SearchResult all = searchIndex(new SearchQuery(q.text(), q.codeIds(), q.documentIds(), q.speakers(), q.units(), 0));
        Map<Long, List<Coding>> visible = new HashMap<>();
        database.read(a -> a.codings(seen).forCodes(q.codeIds())).forEach(
            c -> visible.computeIfAbsent(c.documentId(), k -> new java.util.ArrayList<>()).add(c));
        List<KwicHit> kept = new java.util.ArrayList<>();
        Set<String> segments = new HashSet<>();
        for (KwicHit h : all.hits()) {
            boolean touched = visible.getOrDefault(h.documentId(), List.of()).stream()
                                     .anyMatch(c -> c.start() < h.segmentEnd() && c.end() > h.segmentStart());
            if (touched) {
                kept.add(h);
                segments.add(h.documentId() + ":" + h.segmentStart());
            }
        }
        List<KwicHit> shown = q.limit() > 0 && kept.size() > q.limit() ? kept.subList(0, q.limit()) : kept;
        return new SearchResult(all.query(), segments.size(), kept.size(), shown);
    }

    private SearchResult searchIndex(SearchQuery q) {
        try {
            return index.search(q);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PassageException) {
                throw (PassageException) e;
            }
            heal(e);
        }
        try {
            return index.search(q);
        } catch (IOException e) {
            throw new PassageException(StoreFailure.kindOf(e, ErrorKind.DISK),
                                       Text.of("search.searchIndexCouldRead", e.getMessage()), e);
        }
    }

    /** Where every hit of the query is, in the order of {@link #search}'s hits (no limit). */
    public List<HitRange> hitRanges(String query, SearchFilters filters) throws SearchSyntaxException {
        return search(query, filters, 0).hits().stream().map(KwicHit::range).toList();
    }

    /** The query with the filters resolved to ids, or null when the filters leave no document to search. */
    private SearchQuery resolve(String query, SearchFilters f, int limit) {
        Set<Long> codeIds = new HashSet<>();
        for (String path : f.codePaths()) {
            codeIds.addAll(codes.selfAndDescendants(path));
        }
        Set<Long> docIds = new HashSet<>();
        for (String name : f.documentNames()) {
            docIds.add(database.read(a -> a.documents().findIdByName(name))
                               .orElseThrow(() -> new SearchFilterException(Text.of("search.thereDocumentNamed", name))));
        }
        if (!f.conditions().isEmpty()) {
            Set<Long> matching = conditions.matchingDocuments(f.conditions());
            if (docIds.isEmpty()) {
                docIds.addAll(matching);
            } else {
                docIds.retainAll(matching);
            }
            if (docIds.isEmpty()) {
                return null; // the conditions leave no document: nothing can match
            }
        }
        return new SearchQuery(query == null ? "" : query, codeIds, docIds, Set.copyOf(f.speakers()), Set.copyOf(f.units()), limit);
    }

    @Override
    public void close() throws IOException {
        try {
            commit();
        } finally {
            index.close();
        }
    }
}
