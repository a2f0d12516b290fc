package dev.passage.coding;

import dev.passage.store.Tx;

import java.util.List;

/** Several edits that undo and redo as one (e.g. "code all hits"). */
final class CompositeCommand implements EditCommand {
    private final String label;
    private final List<? extends EditCommand> parts;

    CompositeCommand(String label, List<? extends EditCommand> parts) {
        this.label = label;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String label() {
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

    List<? extends EditCommand> parts() {
        return parts;
    }
}
