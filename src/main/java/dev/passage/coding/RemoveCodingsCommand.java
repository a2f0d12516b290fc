package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.Coding;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.List;

/** Removes codings together with their memos; undo puts both back with their ids. */
final class RemoveCodingsCommand implements EditCommand {
    private final Text label;
    private final List<Coding> codings;
    private final DeletedMemos memos = new DeletedMemos();

    RemoveCodingsCommand(Text label, List<Coding> codings) {
        this.label = label;
        this.codings = List.copyOf(codings);
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        memos.clear();
        memos.deleteCodings(tx, codings);
    }

    @Override
    public void undo(Tx tx) {
        codings.forEach(tx.codings()::restore);
        memos.restore(tx);
    }

    @Override
    public EditRecord audit(Tx tx) {
        if (codings.size() == 1) {
            Coding c = codings.getFirst();
            return EditRecord.of("coding.remove", "coding", c.id(), AuditNames.codePath(tx, c.codeId()) + " @ "
                                                                    + AuditNames.documentName(tx, c.documentId()))
                             .withBefore(AuditNames.coding(tx, c));
        }
        return EditRecord.of("coding.remove", "coding", null, codings.size() + " codings")
                         .withCount(codings.size())
                         .withBefore(EditRecord.values("codings", codings.size(), "documents",
                                                       codings.stream().map(Coding::documentId).distinct().count()));
    }
}
