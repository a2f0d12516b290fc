package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.time.Instant;

/** Applies a code to a range. Redo puts the same coding (same id) back. */
final class ApplyCodingCommand implements EditCommand {
    private final Text label;
    private final long documentId;
    private final int start;
    private final int end;
    private final long codeId;
    private final String coder;
    private final String memo;
    private Coding created;

    ApplyCodingCommand(Text label, long documentId, int start, int end, long codeId, String coder, String memo) {
        this.label = label;
        this.documentId = documentId;
        this.start = start;
        this.end = end;
        this.codeId = codeId;
        this.coder = coder;
        this.memo = memo;
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        if (created == null) {
            Instant now = Instant.now();
            long id = tx.codings().insert(documentId, start, end, codeId, coder, now, memo);
            created = tx.codings().find(id).orElseThrow();
        } else {
            tx.codings().restore(created);
        }
    }

    @Override
    public void undo(Tx tx) {
        tx.codings().delete(created);
    }

    long codeId() {
        return codeId;
    }

    long documentId() {
        return documentId;
    }

    Coding coding() {
        return created;
    }

    @Override
    public EditRecord audit(Tx tx) {
        return EditRecord.of("coding.add", "coding", created.id(), AuditNames.codePath(tx, codeId) + " @ " + AuditNames.documentName(tx, documentId))
                         .withAfter(AuditNames.coding(tx, created));
    }
}
