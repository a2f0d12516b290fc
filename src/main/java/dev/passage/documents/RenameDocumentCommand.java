package dev.passage.documents;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

/** Renames a document; undo gives it its old name back. The index re-reads the document (its name is a filter). */
final class RenameDocumentCommand implements EditCommand {
    private final long documentId;
    private final String before;
    private final String after;

    RenameDocumentCommand(long documentId, String before, String after) {
        this.documentId = documentId;
        this.before = before;
        this.after = after;
    }

    @Override
    public Text label() {
        return Text.of("documents.label.rename", before, after);
    }

    @Override
    public void execute(Tx tx) {
        tx.documents().rename(documentId, after);
    }

    @Override
    public void undo(Tx tx) {
        tx.documents().rename(documentId, before);
    }

    @Override
    public EditRecord audit(Tx tx) {
        return EditRecord.of("document.rename", "document", documentId, after)
                         .withBefore(EditRecord.values("name", before))
                         .withAfter(EditRecord.values("name", after));
    }
}
