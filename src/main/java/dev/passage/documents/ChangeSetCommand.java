package dev.passage.documents;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.DocumentSet;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Any change of one document set, as the set before and after (null: no such set): create, rename, delete, add or remove
 * members. Execute makes the set look like {@code after}, undo like {@code before}; a set created here keeps the id it was
 * given first, so a redo brings back the same set.
 */
final class ChangeSetCommand implements EditCommand {
    private final String action;
    private final Text label;
    private final DocumentSet before;
    private DocumentSet after;

    /** {@code after} with id 0 is a new set. */
    ChangeSetCommand(String action, Text label, DocumentSet before, DocumentSet after) {
        this.action = action;
        this.label = label;
        this.before = before;
        this.after = after;
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        if (after != null && after.id() == 0) {
            long id = tx.documentSets().create(after.name());
            tx.documentSets().add(id, after.documentIds());
            after = new DocumentSet(id, after.name(), after.documentIds());
            return;
        }
        become(tx, before, after);
    }

    @Override
    public void undo(Tx tx) {
        become(tx, after, before);
    }

    /** Turns the set from {@code from} into {@code to}. */
    private static void become(Tx tx, DocumentSet from, DocumentSet to) {
        if (to == null) {
            tx.documentSets().delete(from.id());
            return;
        }
        if (from == null) {
            tx.documentSets().restore(to);
            return;
        }
        if (!from.name().equals(to.name())) {
            tx.documentSets().rename(to.id(), to.name());
        }
        Set<Long> gone = new HashSet<>(from.documentIds());
        gone.removeAll(to.documentIds());
        Set<Long> added = new HashSet<>(to.documentIds());
        added.removeAll(from.documentIds());
        tx.documentSets().remove(to.id(), gone);
        tx.documentSets().add(to.id(), added);
    }

    @Override
    public EditRecord audit(Tx tx) {
        DocumentSet now = after != null ? after : before;
        return EditRecord.of(action, "document_set", now.id(), now.name())
                         .withBefore(before == null ? null : values(tx, before))
                         .withAfter(after == null ? null : values(tx, after));
    }

    private static java.util.Map<String, Object> values(Tx tx, DocumentSet set) {
        // a few names, never thousands: the history keeps small before/after objects
        List<String> names = set.documentIds().stream().limit(20).map(id -> dev.passage.coding.AuditNames.documentName(tx, id)).toList();
        return EditRecord.values("name", set.name(), "documents", set.documentIds().size(), "first_documents", names);
    }
}
