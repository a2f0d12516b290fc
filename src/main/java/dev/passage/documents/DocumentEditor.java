package dev.passage.documents;

import dev.passage.coding.CommandHistory;
import dev.passage.errors.Text;
import dev.passage.model.DocumentSet;
import dev.passage.store.Database;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Managing documents, each edit undoable through the session's {@link CommandHistory} and recorded in the edit history:
 * rename (names stay unique, ignoring case), delete with everything on the document, move in the stored order, and document
 * sets (create, rename, delete, add and remove members). Documents are named by id; the front ends resolve what the user
 * typed first ({@code ProjectNames}). Set names must be the stored ones.
 */
public final class DocumentEditor {
    private final Database database;
    private final CommandHistory history;

    public DocumentEditor(Database database, CommandHistory history) {
        this.database = database;
        this.history = history;
    }

    /** Renames a document. Refused when the name is blank or another document has it (ignoring case). */
    public void rename(long documentId, String newName) {
        String old = name(documentId);
        String name = newName == null ? "" : newName.strip();
        if (name.isEmpty()) {
            throw new DocumentEditException(Text.of("documents.nameBlank", old));
        }
        if (name.equals(old)) {
            return;
        }
        Optional<String> clash = database.read(a -> a.documents().list()).stream()
                                         .filter(d -> d.id() != documentId && d.name().equalsIgnoreCase(name))
                                         .map(dev.passage.model.DocumentSummary::name).findFirst();
        if (clash.isPresent()) {
            throw new DocumentEditException(Text.of("documents.nameTaken", old, name, clash.get()));
        }
        history.run(new RenameDocumentCommand(documentId, old, name));
    }

    /** What {@link #delete} would delete with the document (nothing is changed). */
    public DocumentDeletion deletion(long documentId) {
        return database.read(a -> a.documents().rowsOf(documentId))
                       .map(r -> new DocumentDeletion(documentId, r.name(), r.codings(), r.memos(), r.setMemberships()))
                       .orElseThrow(() -> new DocumentEditException(Text.of("documents.noId", documentId)));
    }

    /** Deletes the document with its codings, memos, variable values and set memberships; undo brings all of it back. */
    public DocumentDeletion delete(long documentId) {
        DocumentDeletion what = deletion(documentId);
        history.run(new DeleteDocumentCommand(documentId, what.name()));
        return what;
    }

    /** Moves the document to {@code position} (1 = first) in the stored order. */
    public void move(long documentId, int position) {
        List<Long> order = database.read(a -> a.documents().order());
        if (!order.contains(documentId)) {
            throw new DocumentEditException(Text.of("documents.noId", documentId));
        }
        if (position < 1 || position > order.size()) {
            throw new DocumentEditException(Text.of("documents.positionRange", position, order.size()));
        }
        List<Long> after = new ArrayList<>(order);
        after.remove(documentId);
        after.add(position - 1, documentId);
        if (after.equals(order)) {
            return;
        }
        history.run(new ReorderDocumentsCommand(documentId, name(documentId), order, after));
    }

    /** Moves the document {@code steps} places down (negative: up), stopping at either end; false when it is there already. */
    public boolean moveBy(long documentId, int steps) {
        List<Long> order = database.read(a -> a.documents().order());
        int at = order.indexOf(documentId);
        if (at < 0) {
            throw new DocumentEditException(Text.of("documents.noId", documentId));
        }
        int to = Math.max(0, Math.min(order.size() - 1, at + steps));
        if (to == at) {
            return false;
        }
        move(documentId, to + 1);
        return true;
    }

    /** Every set by name, with its members. */
    public List<DocumentSet> sets() {
        return database.read(a -> a.documentSets().list());
    }

    /** Creates an empty set. Refused when the name is blank or taken (ignoring case). */
    public void createSet(String name) {
        String n = newSetName(name, null);
        history.run(new ChangeSetCommand("set.create", Text.of("documents.label.createSet", n), null, new DocumentSet(0, n, List.of())));
    }

    /**
     * Adds documents to a set, creating the set when there is none of that name (ignoring case). Returns how many were
     * added (documents already in it are left as they are).
     */
    public int addToSet(String setName, Collection<Long> documentIds) {
        Optional<DocumentSet> found = findSet(setName);
        if (found.isEmpty()) {
            String n = newSetName(setName, null);
            List<Long> ids = List.copyOf(new LinkedHashSet<>(documentIds));
            history.run(new ChangeSetCommand("set.add", Text.of("documents.label.addToNewSet", ids.size(), n), null, new DocumentSet(0, n, ids)));
            return ids.size();
        }
        DocumentSet set = found.get();
        Set<Long> members = new LinkedHashSet<>(set.documentIds());
        List<Long> added = documentIds.stream().distinct().filter(id -> !members.contains(id)).toList();
        if (added.isEmpty()) {
            return 0;
        }
        members.addAll(added);
        history.run(new ChangeSetCommand("set.add", Text.of("documents.label.addToSet", added.size(), set.name()), set,
                                         new DocumentSet(set.id(), set.name(), List.copyOf(members))));
        return added.size();
    }

    /** Removes documents from a set (the documents stay in the project). Returns how many were in it. */
    public int removeFromSet(String setName, Collection<Long> documentIds) {
        DocumentSet set = set(setName);
        List<Long> kept = set.documentIds().stream().filter(id -> !documentIds.contains(id)).toList();
        int removed = set.documentIds().size() - kept.size();
        if (removed == 0) {
            return 0;
        }
        history.run(new ChangeSetCommand("set.remove", Text.of("documents.label.removeFromSet", removed, set.name()), set,
                                         new DocumentSet(set.id(), set.name(), kept)));
        return removed;
    }

    public void renameSet(String setName, String newName) {
        DocumentSet set = set(setName);
        String n = newSetName(newName, set);
        if (n.equals(set.name())) {
            return;
        }
        history.run(new ChangeSetCommand("set.rename", Text.of("documents.label.renameSet", set.name(), n), set,
                                         new DocumentSet(set.id(), n, set.documentIds())));
    }

    /** Deletes the set (its documents stay in the project). */
    public void deleteSet(String setName) {
        DocumentSet set = set(setName);
        history.run(new ChangeSetCommand("set.delete", Text.of("documents.label.deleteSet", set.name()), set, null));
    }

    private DocumentSet set(String name) {
        return findSet(name).orElseThrow(() -> {
            List<String> valid = sets().stream().map(DocumentSet::name).toList();
            return new DocumentEditException(valid.isEmpty() ? Text.of("documents.noSets", name)
                                                             : Text.of("documents.noSet", name, String.join(", ", valid.stream().map(v -> "\"" + v + "\"").toList())));
        });
    }

    /** The set of that name: exactly, else ignoring case. */
    private Optional<DocumentSet> findSet(String name) {
        String n = name == null ? "" : name.strip();
        List<DocumentSet> all = sets();
        return all.stream().filter(s -> s.name().equals(n)).findFirst()
                  .or(() -> all.stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(n.toLowerCase(Locale.ROOT))).findFirst());
    }

    /** A name a set may take: not blank, not another set's (ignoring case). */
    private String newSetName(String name, DocumentSet renamed) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new DocumentEditException(Text.of("documents.setNameBlank"));
        }
        for (DocumentSet s : sets()) {
            if (s.name().equalsIgnoreCase(n) && (renamed == null || s.id() != renamed.id())) {
                throw new DocumentEditException(Text.of("documents.setNameTaken", n, s.name()));
            }
        }
        return n;
    }

    private String name(long documentId) {
        return database.read(a -> a.documents().name(documentId))
                       .orElseThrow(() -> new DocumentEditException(Text.of("documents.noId", documentId)));
    }
}
