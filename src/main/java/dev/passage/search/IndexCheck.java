package dev.passage.search;

import dev.passage.model.Finding;
import dev.passage.store.DatabaseCheck.DocumentShape;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the search index in a project folder against what the database says it should hold: every file's checksum, every
 * stored passage readable, and, when the index records the database's data version, the same documents with the same
 * number of passages. Read-only; the index is derived, so what it finds is {@link Finding.Severity#REPAIRABLE} at worst.
 */
public final class IndexCheck {
    static final String AREA = "search index";
    private static final int SHOWN = 20;

    private IndexCheck() {
    }

    /** The number of passages a text without speaker turns is indexed as (its paragraphs). */
    public static int paragraphs(String text) {
        return SegmentSource.paragraphs(text).size();
    }

    /**
     * @param indexDir    the project's {@code index/} folder
     * @param dataVersion the database's data version (-1 when unknown: only readability is checked)
     * @param expected    per document id, what the database says the index should hold
     */
    public static List<Finding> check(Path indexDir, long dataVersion, Map<Long, DocumentShape> expected) {
        List<Finding> findings = new ArrayList<>();
        if (!Files.exists(indexDir)) {
            findings.add(Finding.note(AREA, "There is no search index yet; it is built on the next open"));
            return findings;
        }
        if (!Files.isDirectory(indexDir)) {
            findings.add(Finding.repairable(AREA, indexDir + " is a file, not the index folder: move it away, then"
                                                  + " `passage reindex` builds the index again"));
            return findings;
        }
        Map<Long, Integer> counts = new HashMap<>();
        long indexVersion;
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            indexVersion = version(reader.getIndexCommit().getUserData());
            for (LeafReaderContext leaf : reader.leaves()) {
                count(leaf.reader(), counts);
            }
        } catch (IndexNotFoundException e) {
            findings.add(Finding.note(AREA, "The search index folder holds no index; it is built on the next open"));
            return findings;
        } catch (Exception | AssertionError e) {
            findings.add(Finding.repairable(AREA, "The search index cannot be read (" + e.getClass().getSimpleName() + ": "
                                                  + e.getMessage() + "); `passage reindex` builds it again"));
            return findings;
        }
        if (dataVersion < 0) {
            return findings;
        }
        if (indexVersion > dataVersion) {
            findings.add(Finding.damaged("database", "The search index has seen changes up to version " + indexVersion
                                                     + " but the database holds only version " + dataVersion
                                                     + ": the database has lost its newest changes (a cut or older file?)"));
            return findings;
        }
        if (indexVersion != dataVersion) {
            findings.add(Finding.note(AREA, "The search index is from an earlier state of the project (version " + indexVersion
                                            + ", database " + dataVersion + "); it is brought up to date on the next open"));
            return findings;
        }
        compare(expected, counts, findings);
        return findings;
    }

    /** Reads every live passage's stored fields and counts passages per document id; verifies the files' checksums. */
    private static void count(LeafReader leaf, Map<Long, Integer> counts) throws java.io.IOException {
        leaf.checkIntegrity();
        Bits live = leaf.getLiveDocs();
        StoredFields stored = leaf.storedFields();
        SortedNumericDocValues ids = leaf.getSortedNumericDocValues(SegmentDocuments.DOCUMENT_ID);
        for (int doc = 0; doc < leaf.maxDoc(); doc++) {
            if (live != null && !live.get(doc)) {
                continue;
            }
            stored.document(doc);
            if (ids == null || !ids.advanceExact(doc)) {
                throw new java.io.IOException("passage " + doc + " has no document id");
            }
            counts.merge(ids.nextValue(), 1, Integer::sum);
        }
    }

    private static void compare(Map<Long, DocumentShape> expected, Map<Long, Integer> counts, List<Finding> findings) {
        int shown = 0;
        int more = 0;
        for (DocumentShape doc : expected.values()) {
            int has = counts.getOrDefault(doc.id(), 0);
            if (has == doc.segments()) {
                continue;
            }
            if (shown++ >= SHOWN) {
                more++;
            } else if (has == 0) {
                findings.add(Finding.repairable(AREA, "Document '" + doc.name() + "' is missing from the search index"));
            } else {
                findings.add(Finding.repairable(AREA, "Document '" + doc.name() + "' has " + n(has) + " passages in the search index"
                                                      + " but " + n(doc.segments()) + " in the database"));
            }
        }
        for (var e : counts.entrySet()) {
            if (!expected.containsKey(e.getKey())) {
                if (shown++ >= SHOWN) {
                    more++;
                } else {
                    findings.add(Finding.repairable(AREA, "The search index has " + n(e.getValue()) + " passages of document id "
                                                          + e.getKey() + ", which the database does not have"));
                }
            }
        }
        if (more > 0) {
            findings.add(Finding.repairable(AREA, "… and " + n(more) + " more documents like the above"));
        }
        if (shown > 0) {
            findings.add(Finding.repairable(AREA, "`passage reindex` builds the search index again from the database"));
        }
    }

    private static long version(Map<String, String> userData) {
        if (!LuceneSearchIndex.FORMAT.equals(userData.get(LuceneSearchIndex.FORMAT_KEY))) {
            return -1;
        }
        try {
            return Long.parseLong(userData.getOrDefault(LuceneSearchIndex.DATA_VERSION_KEY, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
