package dev.passage.store;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One open write transaction. Repositories record what they touched, so that after the commit the project's listeners
 * (e.g. the search index) learn which documents changed.
 */
public final class Tx extends StoreAccess {
    private final Set<Long> touchedDocuments = new LinkedHashSet<>();
    private final List<ChangedRange> codingRanges = new ArrayList<>();
    private boolean codebookChanged;
    private boolean variablesChanged;
    private boolean documentsArranged;
    private final List<dev.passage.model.EditRecord> edits = new ArrayList<>();
    private final java.util.Map<String, Integer> knownVersions = new java.util.HashMap<>();
    private final java.util.Map<String, Integer> writtenVersions = new java.util.HashMap<>();

    Tx(Connection connection) {
        super(connection);
    }

    @Override
    Tx tx() {
        return this;
    }

    public void touchDocument(long documentId) {
        touchedDocuments.add(documentId);
    }

    /** Only the codings within [start, end) of a document changed (its text and turns did not). */
    public void touchCodings(long documentId, int start, int end) {
        codingRanges.add(new ChangedRange(documentId, start, end));
    }

    public void touchCodebook() {
        codebookChanged = true;
    }

    /** Variables or their values changed (no document text did). */
    public void touchVariables() {
        variablesChanged = true;
    }

    /** The documents' order or their sets changed (no document's text did). */
    public void touchDocumentArrangement() {
        documentsArranged = true;
    }

    /** Describes an edit made in this transaction for the project's history; written with it at commit. */
    public void record(dev.passage.model.EditRecord edit) {
        edits.add(java.util.Objects.requireNonNull(edit));
    }

    List<dev.passage.model.EditRecord> edits() {
        return List.copyOf(edits);
    }

    ChangeSet changes(long newVersion) {
        return new ChangeSet(Set.copyOf(touchedDocuments), List.copyOf(codingRanges), codebookChanged,
                             variablesChanged, documentsArranged, newVersion);
    }

    /**
     * The row versions this session's own edits left behind ({@code kind:id} to version): undo and redo state these rather
     * than the versions a command's snapshots were read at, so they pass over the session's own later edits and are refused
     * only after someone else's.
     */
    public void knownVersions(java.util.Map<String, Integer> versions) {
        knownVersions.putAll(versions);
    }

    /** The row versions this transaction's versioned writes produced ({@code kind:id} to version); see {@link #knownVersions}. */
    public java.util.Map<String, Integer> writtenVersions() {
        return java.util.Map.copyOf(writtenVersions);
    }

    /** The version a write of row {@code kind:id} states: one written earlier in this transaction, else a known one, else {@code seen}. */
    int expectedVersion(String kind, long id, int seen) {
        String key = kind + ":" + id;
        Integer v = writtenVersions.get(key);
        if (v == null) {
            v = knownVersions.get(key);
        }
        return v == null ? seen : v;
    }

    void wroteVersion(String kind, long id, int version) {
        writtenVersions.put(kind + ":" + id, version);
    }
}
