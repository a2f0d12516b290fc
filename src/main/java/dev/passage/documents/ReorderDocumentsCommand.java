package dev.passage.documents;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.List;

/** Moves a document to another place in the stored order; undo restores the order as it was. */
final class ReorderDocumentsCommand implements EditCommand {
    private final long documentId;
    private final String name;
    private final List<Long> before;
    private final List<Long> after;

    ReorderDocumentsCommand(long documentId, String name, List<Long> before, List<Long> after) {
        this.documentId = documentId;
        this.name = name;
        this.before = List.copyOf(before);
        this.after = List.copyOf(after);
    }

    @Override
    public Text label() {
        return Text.of("documents.label.move", name, after.indexOf(documentId) + 1);
    }

    @Override
    public void execute(Tx tx) {
        tx.documents().reorder(after);
    }

    @Override
    public void undo(Tx tx) {
        tx.documents().reorder(before);
    }

    @Override
    public EditRecord audit(Tx tx) {
        return EditRecord.of("document.move", "document", documentId, name)
                         .withBefore(EditRecord.values("position", before.indexOf(documentId) + 1))
                         .withAfter(EditRecord.values("position", after.indexOf(documentId) + 1));
    }
}
