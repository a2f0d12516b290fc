package dev.passage.documents;

import dev.passage.coding.EditCommand;
import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.store.DeletedDocument;
import dev.passage.store.Tx;

/**
 * Deletes a document with its turns, attributes, codings, coding memos, document memos, variable values and set memberships;
 * undo puts every row back with its id, and the index re-reads the document.
 */
final class DeleteDocumentCommand implements EditCommand {
    private final long documentId;
    private final String name;
    private DeletedDocument rows;

    DeleteDocumentCommand(long documentId, String name) {
        this.documentId = documentId;
        this.name = name;
    }

    @Override
    public Text label() {
        return Text.of("documents.label.delete", name);
    }

    @Override
    public void execute(Tx tx) {
        rows = tx.documents().rowsOf(documentId)
                 .orElseThrow(() -> new DocumentEditException(Text.of("documents.gone", name)));
        tx.documents().delete(rows);
    }

    @Override
    public void undo(Tx tx) {
        tx.documents().restore(rows);
    }

    @Override
    public EditRecord audit(Tx tx) {
        return EditRecord.of("document.delete", "document", documentId, name)
                         .withBefore(EditRecord.values("name", name, "turns", rows.turns(), "codings", rows.codings(),
                                                       "memos", rows.memos(), "sets", rows.setMemberships()));
    }
}
