package dev.passage.coding;

import dev.passage.errors.Text;
import dev.passage.model.EditRecord;
import dev.passage.store.Tx;

import java.util.List;

/** Several edits that undo and redo as one (e.g. "code all hits"). */
final class CompositeCommand implements EditCommand {
    private final Text label;
    private final List<? extends EditCommand> parts;

    CompositeCommand(Text label, List<? extends EditCommand> parts) {
        this.label = label;
        this.parts = List.copyOf(parts);
    }

    @Override
    public Text label() {
        return label;
    }

    @Override
    public void execute(Tx tx) {
        parts.forEach(p -> p.execute(tx));
    }

    @Override
    public void undo(Tx tx) {
        for (int i = parts.size() - 1; i >= 0; i--) {
            parts.get(i).undo(tx);
        }
    }

    /** One row for the whole edit: codings added in bulk are counted, not listed. */
    @Override
    public EditRecord audit(Tx tx) {
        if (parts.size() == 1) {
            return parts.getFirst().audit(tx);
        }
        List<ApplyCodingCommand> applied = parts.stream().filter(ApplyCodingCommand.class::isInstance).map(ApplyCodingCommand.class::cast)
                                                .toList();
        if (!applied.isEmpty() && applied.size() == parts.size()
            && applied.stream().mapToLong(ApplyCodingCommand::codeId).distinct().count() == 1) {
            long codeId = applied.getFirst().codeId();
            String path = AuditNames.codePath(tx, codeId);
            long documents = applied.stream().mapToLong(ApplyCodingCommand::documentId).distinct().count();
            var ids = applied.stream().mapToLong(a -> a.coding().id()).summaryStatistics();
            return EditRecord.of("coding.add", "code", codeId, path)
                             .withCount(applied.size())
                             .withAfter(EditRecord.values("code", path, "code_id", codeId, "codings", applied.size(), "documents", documents,
                                                          "first_coding_id", ids.getMin(), "last_coding_id", ids.getMax()));
        }
        return EditRecord.of("edit", "project", null, label.english()).withCount(parts.size());
    }
}
